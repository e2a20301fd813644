using IOC.Analytics.Time;
using IOC.Dashboard.Localization;

namespace IOC.Dashboard.Reports;

/// <summary>How a report names its period and its columns, in the reader's language (Vietnamese keys).</summary>
public static class ReportWords
{
    /// <summary>The form's title.</summary>
    public const string Title = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";

    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    /// <summary>The Roman numeral of a group or a quarter, from 0: I, II, III, IV.</summary>
    public static string RomanOf(int index) => Roman[index];

    /// <summary>"Tuần 47/2026 (16/11/2026 – 22/11/2026)", "Quý IV/2026", "Tháng 11/2026 (kỳ báo cáo từ 15/10/2026 đến 14/11/2026)".</summary>
    public static string Period(ReportPeriod period, WallText text)
    {
        string Day(DateOnly date) => date.ToString("dd/MM/yyyy", text.Culture);
        var span = text.Format("(kỳ báo cáo từ {0} đến {1})", Day(period.Period.From), Day(period.Period.To));
        return period.Kind switch
        {
            ReportPeriodKind.Week => text.Format("Tuần {0}/{1} ({2} – {3})", period.Number, period.Year, Day(period.Period.From), Day(period.Period.To)),
            ReportPeriodKind.Month => text.Format("Tháng {0:00}/{1}", period.Number, period.Year),
            ReportPeriodKind.Quarter => text.Format("Quý {0}/{1}", RomanOf(period.Number - 1), period.Year),
            ReportPeriodKind.Year => text.Format("Năm {0}", period.Year),
            ReportPeriodKind.CutOffMonth => text.Format("Tháng {0:00}/{1}", period.Number, period.Year) + " " + span,
            ReportPeriodKind.CutOffQuarter => text.Format("Quý {0}/{1}", RomanOf(period.Number - 1), period.Year) + " " + span,
            _ => text.Format("Năm {0}", period.Year) + " " + span,
        };
    }

    /// <summary>When the figures were counted: "Số liệu đến hết ngày 22/11/2026", or "tạm tính đến 10:30 ngày 25/11/2026".</summary>
    public static string AsOf(PeriodReport report, WallText text) => report.Provisional
        ? text.Format("Số liệu tạm tính đến {0} ngày {1}", report.AsOf.ToString("HH:mm", text.Culture), report.AsOf.ToString("dd/MM/yyyy", text.Culture))
        : text.Format("Số liệu đến hết ngày {0}", report.Period.Period.To.ToString("dd/MM/yyyy", text.Culture));

    /// <summary>The table's column groups, each with its columns: the 15 counts of a row after STT and the unit.</summary>
    public static IReadOnlyList<(string Group, string[] Columns)> Columns { get; } =
    [
        ("Tổng số hồ sơ", ["Tổng số"]),
        ("Số hồ sơ nhận giải quyết", ["Kỳ trước chuyển qua", "Tiếp nhận trong kỳ", "Trực tuyến", "Trực tiếp", "Bưu chính"]),
        ("Số hồ sơ đã giải quyết", ["Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn"]),
        ("Rút, trả lại", ["Số hồ sơ"]),
        ("Số hồ sơ đang giải quyết", ["Tổng số", "Trong hạn", "Quá hạn"]),
        ("Từ chối tiếp nhận", ["(báo cáo riêng)"]),
    ];

    /// <summary>A row's 15 counts in the order of <see cref="Columns"/>.</summary>
    public static int[] Counts(Analytics.Kpi.KpiFigures f) =>
    [
        f.CarriedOver + f.ReceivedTotal,
        f.CarriedOver, f.ReceivedTotal, f.ReceivedOnline, f.ReceivedDirect, f.ReceivedPostal,
        f.ResolvedTotal, f.ResolvedEarly, f.ResolvedOnTime, f.ResolvedLate,
        f.Withdrawn,
        f.InProcessTotal, f.InProcessWithinDeadline, f.InProcessOverdue,
        f.Refused,
    ];
}
