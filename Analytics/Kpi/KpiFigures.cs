namespace IOC.Analytics.Kpi;

/// <summary>
/// The dossier figures of one unit and period (Biểu 06/VPCP/KSTT and the 766 progress ratio, DOMAIN.md §4-5). Counts
/// only, so that the figures of child units add up to their parent's; ratios are derived and <c>null</c> when their
/// denominator is zero, never 0 and never 100%.
/// </summary>
public sealed record KpiFigures
{
    /// <summary>No dossier at all.</summary>
    public static readonly KpiFigures Zero = new();

    /// <summary>Tiếp nhận trực tiếp: received in the period at the desk (or with no channel).</summary>
    public int ReceivedDirect { get; init; }

    /// <summary>Tiếp nhận trực tuyến: received in the period online.</summary>
    public int ReceivedOnline { get; init; }

    /// <summary>Tiếp nhận qua bưu chính công ích: received in the period by public postal service.</summary>
    public int ReceivedPostal { get; init; }

    /// <summary>Kỳ trước chuyển sang: received before the period and not closed before it.</summary>
    public int CarriedOver { get; init; }

    /// <summary>Resolved in the period on a date before the due date.</summary>
    public int ResolvedEarly { get; init; }

    /// <summary>Resolved in the period on the due date (or without one).</summary>
    public int ResolvedOnTime { get; init; }

    /// <summary>Resolved in the period on a date after the due date.</summary>
    public int ResolvedLate { get; init; }

    /// <summary>Đang giải quyết trong hạn at the evaluation instant.</summary>
    public int InProcessWithinDeadline { get; init; }

    /// <summary>Đang giải quyết quá hạn at the evaluation instant.</summary>
    public int InProcessOverdue { get; init; }

    /// <summary>Closed in the period by withdrawal, return or refusal after receipt.</summary>
    public int Withdrawn { get; init; }

    /// <summary>Từ chối tiếp nhận in the period; reported apart, outside the identity.</summary>
    public int Refused { get; init; }

    /// <summary>Resolved, or in process, and not late for the 766 progress ratio.</summary>
    public int Progress766OnTime { get; init; }

    /// <summary>Received in the period for a procedure that carries a fee.</summary>
    public int ReceivedFeeBearing { get; init; }

    /// <summary>Of <see cref="ReceivedFeeBearing"/>, those with at least one online payment.</summary>
    public int ReceivedFeeBearingPaidOnline { get; init; }

    /// <summary>Received in the period with digitised components.</summary>
    public int ReceivedDigitized { get; init; }

    /// <summary>Resolved in the period with a digitised result.</summary>
    public int ResolvedDigitized { get; init; }

    /// <summary>Resolved in the period and rated by the citizen.</summary>
    public int ResolvedRated { get; init; }

    /// <summary>Of <see cref="ResolvedRated"/>, those rated satisfied or neutral and not resolved late.</summary>
    public int ResolvedRatedSatisfied { get; init; }

    /// <summary>Received in the period, every channel; refusals at reception excluded.</summary>
    public int ReceivedTotal => ReceivedDirect + ReceivedOnline + ReceivedPostal;

    /// <summary>Resolved in the period.</summary>
    public int ResolvedTotal => ResolvedEarly + ResolvedOnTime + ResolvedLate;

    /// <summary>In process at the evaluation instant, waiting for a supplement included.</summary>
    public int InProcessTotal => InProcessWithinDeadline + InProcessOverdue;

    /// <summary>The 766 progress ratio's denominator: resolved plus in process.</summary>
    public int Progress766Denominator => ResolvedTotal + InProcessTotal;

    /// <summary>Tỷ lệ hồ sơ trực tuyến: online received / received.</summary>
    public double? OnlineRatio => Ratio(ReceivedOnline, ReceivedTotal);

    /// <summary>Tỷ lệ trễ hạn (report form): resolved late / resolved.</summary>
    public double? OverdueRate => Ratio(ResolvedLate, ResolvedTotal);

    /// <summary>Tỷ lệ giải quyết đúng hạn (report form): resolved early or on time / resolved.</summary>
    public double? OnTimeRate => Ratio(ResolvedEarly + ResolvedOnTime, ResolvedTotal);

    /// <summary>The 766 progress ratio: not late for 766 / (resolved + in process).</summary>
    public double? Progress766 => Ratio(Progress766OnTime, Progress766Denominator);

    /// <summary>In process overdue / in process.</summary>
    public double? InProcessOverdueRatio => Ratio(InProcessOverdue, InProcessTotal);

    /// <summary>Fee-bearing received with an online payment / fee-bearing received.</summary>
    public double? OnlinePaymentRatio => Ratio(ReceivedFeeBearingPaidOnline, ReceivedFeeBearing);

    /// <summary>Received with digitised components / received.</summary>
    public double? DigitizedComponentsRatio => Ratio(ReceivedDigitized, ReceivedTotal);

    /// <summary>Resolved with a digitised result / resolved.</summary>
    public double? DigitizedResultsRatio => Ratio(ResolvedDigitized, ResolvedTotal);

    /// <summary>Mức độ hài lòng: rated satisfied or neutral and not late / rated, among the resolved.</summary>
    public double? SatisfactionRatio => Ratio(ResolvedRatedSatisfied, ResolvedRated);

    /// <summary>The figures of two disjoint sets of dossiers, e.g. two child units of a parent.</summary>
    public static KpiFigures operator +(KpiFigures left, KpiFigures right) => new()
    {
        ReceivedDirect = left.ReceivedDirect + right.ReceivedDirect,
        ReceivedOnline = left.ReceivedOnline + right.ReceivedOnline,
        ReceivedPostal = left.ReceivedPostal + right.ReceivedPostal,
        CarriedOver = left.CarriedOver + right.CarriedOver,
        ResolvedEarly = left.ResolvedEarly + right.ResolvedEarly,
        ResolvedOnTime = left.ResolvedOnTime + right.ResolvedOnTime,
        ResolvedLate = left.ResolvedLate + right.ResolvedLate,
        InProcessWithinDeadline = left.InProcessWithinDeadline + right.InProcessWithinDeadline,
        InProcessOverdue = left.InProcessOverdue + right.InProcessOverdue,
        Withdrawn = left.Withdrawn + right.Withdrawn,
        Refused = left.Refused + right.Refused,
        Progress766OnTime = left.Progress766OnTime + right.Progress766OnTime,
        ReceivedFeeBearing = left.ReceivedFeeBearing + right.ReceivedFeeBearing,
        ReceivedFeeBearingPaidOnline = left.ReceivedFeeBearingPaidOnline + right.ReceivedFeeBearingPaidOnline,
        ReceivedDigitized = left.ReceivedDigitized + right.ReceivedDigitized,
        ResolvedDigitized = left.ResolvedDigitized + right.ResolvedDigitized,
        ResolvedRated = left.ResolvedRated + right.ResolvedRated,
        ResolvedRatedSatisfied = left.ResolvedRatedSatisfied + right.ResolvedRatedSatisfied,
    };

    /// <summary>The figures of this set and another, disjoint one.</summary>
    public KpiFigures Add(KpiFigures other) => this + other;

    private static double? Ratio(int numerator, int denominator) =>
        denominator == 0 ? null : (double)numerator / denominator;
}
