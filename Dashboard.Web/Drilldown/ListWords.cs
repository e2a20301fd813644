using IOC.Analytics.Kpi.Lists;

namespace IOC.Dashboard.Drilldown;

/// <summary>The Vietnamese words of the dossier lists: each list's title, each status and channel.</summary>
public static class ListWords
{
    /// <summary>The title of a list.</summary>
    public static string Title(DossierListKind kind) => kind switch
    {
        DossierListKind.Overdue => "Hồ sơ đang giải quyết quá hạn",
        DossierListKind.DueSoon => "Hồ sơ sắp đến hạn (hôm nay và ngày làm việc tiếp theo)",
        DossierListKind.ResolvedLate => "Hồ sơ đã giải quyết trễ hạn",
        _ => "Hồ sơ đang giải quyết",
    };

    /// <summary>A listed dossier's status.</summary>
    public static string Status(string status) => status switch
    {
        ListedStatus.Overdue => "Quá hạn",
        ListedStatus.Within => "Trong hạn",
        ListedStatus.WaitingSupplement => "Chờ bổ sung",
        ListedStatus.ResolvedEarly => "Trước hạn",
        ListedStatus.ResolvedOnTime => "Đúng hạn",
        _ => "Trễ hạn",
    };

    /// <summary>How a dossier was submitted.</summary>
    public static string Channel(string channel) => channel switch
    {
        Analytics.Dossiers.Channel.Online => "Trực tuyến",
        Analytics.Dossiers.Channel.Postal => "Bưu chính",
        _ => "Trực tiếp",
    };
}
