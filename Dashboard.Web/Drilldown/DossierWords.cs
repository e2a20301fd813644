using IOC.Analytics.Dossiers;

namespace IOC.Dashboard.Drilldown;

/// <summary>The Vietnamese words of a dossier's page: its events, where it stands, its flags.</summary>
public static class DossierWords
{
    private static readonly Dictionary<string, string> Events = new(StringComparer.Ordinal)
    {
        [DossierEventType.Received] = "Tiếp nhận",
        [DossierEventType.SupplementRequested] = "Yêu cầu bổ sung",
        [DossierEventType.Supplemented] = "Đã bổ sung",
        [DossierEventType.Payment] = "Thanh toán phí",
        [DossierEventType.Resolved] = "Đã giải quyết",
        [DossierEventType.ResultDelivered] = "Trả kết quả",
        [DossierEventType.Withdrawn] = "Rút hồ sơ",
        [DossierEventType.Returned] = "Trả lại hồ sơ",
        [DossierEventType.Refused] = "Từ chối",
        [DossierEventType.Rating] = "Đánh giá",
    };

    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        [DossierFlag.OtherUnit] = "Sự kiện ghi đơn vị khác đơn vị tiếp nhận",
        [DossierFlag.OtherProcedure] = "Sự kiện ghi thủ tục khác thủ tục tiếp nhận",
        [DossierFlag.SecondReceipt] = "Tiếp nhận lần hai (tính lần sớm nhất)",
        [DossierFlag.ReceivedAfterRefusal] = "Tiếp nhận sau khi đã từ chối",
        [DossierFlag.BeforeReceipt] = "Sự kiện trước khi tiếp nhận (bỏ qua)",
        [DossierFlag.SupplementWithoutRequest] = "Bổ sung khi không có yêu cầu (bỏ qua)",
        [DossierFlag.RequestWhileWaiting] = "Yêu cầu bổ sung khi đang chờ bổ sung (bỏ qua)",
        [DossierFlag.AfterClosure] = "Bổ sung sau khi hồ sơ đã kết thúc (bỏ qua)",
        [DossierFlag.LaterTerminal] = "Sự kiện kết thúc sau sự kiện đã kết thúc hồ sơ",
        [DossierFlag.ResolvedAfterDelivery] = "Giải quyết sau khi đã trả kết quả",
        [DossierFlag.UnknownChannel] = "Kênh nộp không xác định (tính trực tiếp)",
        [DossierFlag.UnknownProcedure] = "Thủ tục không có trong danh mục, không có hạn xử lý",
    };

    /// <summary>An event type.</summary>
    public static string Event(string type) => Events.GetValueOrDefault(type, type);

    /// <summary>A flag (<c>kind</c> or <c>kind:eventId</c>) in words, with the event it is about.</summary>
    public static string Flag(string flag)
    {
        var kind = flag.Split(':', 2)[0];
        var words = Flags.GetValueOrDefault(kind, kind);
        return flag.Length > kind.Length ? $"{words} ({flag[(kind.Length + 1)..]})" : words;
    }

    /// <summary>Where the dossier stands, in one phrase; the days late are shown beside it.</summary>
    public static string Standing(DossierView view) => view.Outcome switch
    {
        RefusedAtReception => "Từ chối tiếp nhận",
        WaitingForReceipt => "Chờ sự kiện tiếp nhận",
        ReceivedDossier { Closure: null } when view.OverdueNow => "Đang giải quyết – quá hạn",
        ReceivedDossier { Closure: null, SupplementWaits: [.., { SupplementedAt: null }] } => "Đang giải quyết – chờ bổ sung",
        ReceivedDossier { Closure: null } => "Đang giải quyết – trong hạn",
        ReceivedDossier { Closure: ClosureKind.Resolved, Timeliness: Timeliness.Early } => "Đã giải quyết trước hạn",
        ReceivedDossier { Closure: ClosureKind.Resolved, Timeliness: Timeliness.Late } => "Đã giải quyết trễ hạn",
        ReceivedDossier { Closure: ClosureKind.Resolved } => "Đã giải quyết đúng hạn",
        ReceivedDossier { Closure: ClosureKind.Withdrawn } => "Đã rút hồ sơ",
        ReceivedDossier { Closure: ClosureKind.Returned } => "Đã trả lại hồ sơ",
        _ => "Từ chối sau tiếp nhận",
    };
}
