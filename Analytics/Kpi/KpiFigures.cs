using IOC.Analytics.Kpi.Counts;

namespace IOC.Analytics.Kpi;

/// <summary>
/// The dossier figures of one unit and period (Biểu 06/VPCP/KSTT and the 766 progress ratio, DOMAIN.md §4-5). Counts
/// only, so that the figures of child units add up to their parent's; ratios are derived and <c>null</c> when their
/// denominator is zero, never 0 and never 100%. One number per <see cref="KpiCount"/>, read by name or as
/// <c>figures[KpiCount.X]</c>.
/// </summary>
public sealed record KpiFigures
{
    /// <summary>No dossier at all.</summary>
    public static readonly KpiFigures Zero = new();

    private readonly int[] _counts;

    /// <summary>No dossier yet; set counts by name.</summary>
    public KpiFigures() => _counts = new int[KpiCount.All.Count];

    /// <summary>The figures of the given counts, one per <see cref="KpiCount"/> in <see cref="KpiCount.All"/>'s order.</summary>
    internal KpiFigures(int[] counts)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(counts.Length, KpiCount.All.Count);
        _counts = counts;
    }

    private KpiFigures(KpiFigures original) => _counts = (int[])original._counts.Clone();

    /// <summary>The value of one count.</summary>
    public int this[KpiCount count] => _counts[count.Index];

    /// <inheritdoc cref="KpiCount.ReceivedDirect"/>
    public int ReceivedDirect { get => this[KpiCount.ReceivedDirect]; init => _counts[KpiCount.ReceivedDirect.Index] = value; }

    /// <inheritdoc cref="KpiCount.ReceivedOnline"/>
    public int ReceivedOnline { get => this[KpiCount.ReceivedOnline]; init => _counts[KpiCount.ReceivedOnline.Index] = value; }

    /// <inheritdoc cref="KpiCount.ReceivedPostal"/>
    public int ReceivedPostal { get => this[KpiCount.ReceivedPostal]; init => _counts[KpiCount.ReceivedPostal.Index] = value; }

    /// <inheritdoc cref="KpiCount.CarriedOver"/>
    public int CarriedOver { get => this[KpiCount.CarriedOver]; init => _counts[KpiCount.CarriedOver.Index] = value; }

    /// <inheritdoc cref="KpiCount.ResolvedEarly"/>
    public int ResolvedEarly { get => this[KpiCount.ResolvedEarly]; init => _counts[KpiCount.ResolvedEarly.Index] = value; }

    /// <inheritdoc cref="KpiCount.ResolvedOnTime"/>
    public int ResolvedOnTime { get => this[KpiCount.ResolvedOnTime]; init => _counts[KpiCount.ResolvedOnTime.Index] = value; }

    /// <inheritdoc cref="KpiCount.ResolvedLate"/>
    public int ResolvedLate { get => this[KpiCount.ResolvedLate]; init => _counts[KpiCount.ResolvedLate.Index] = value; }

    /// <inheritdoc cref="KpiCount.InProcessWithinDeadline"/>
    public int InProcessWithinDeadline { get => this[KpiCount.InProcessWithinDeadline]; init => _counts[KpiCount.InProcessWithinDeadline.Index] = value; }

    /// <inheritdoc cref="KpiCount.InProcessOverdue"/>
    public int InProcessOverdue { get => this[KpiCount.InProcessOverdue]; init => _counts[KpiCount.InProcessOverdue.Index] = value; }

    /// <inheritdoc cref="KpiCount.Withdrawn"/>
    public int Withdrawn { get => this[KpiCount.Withdrawn]; init => _counts[KpiCount.Withdrawn.Index] = value; }

    /// <inheritdoc cref="KpiCount.Refused"/>
    public int Refused { get => this[KpiCount.Refused]; init => _counts[KpiCount.Refused.Index] = value; }

    /// <inheritdoc cref="KpiCount.Progress766OnTime"/>
    public int Progress766OnTime { get => this[KpiCount.Progress766OnTime]; init => _counts[KpiCount.Progress766OnTime.Index] = value; }

    /// <inheritdoc cref="KpiCount.ReceivedFeeBearing"/>
    public int ReceivedFeeBearing { get => this[KpiCount.ReceivedFeeBearing]; init => _counts[KpiCount.ReceivedFeeBearing.Index] = value; }

    /// <inheritdoc cref="KpiCount.ReceivedFeeBearingPaidOnline"/>
    public int ReceivedFeeBearingPaidOnline { get => this[KpiCount.ReceivedFeeBearingPaidOnline]; init => _counts[KpiCount.ReceivedFeeBearingPaidOnline.Index] = value; }

    /// <inheritdoc cref="KpiCount.ReceivedDigitized"/>
    public int ReceivedDigitized { get => this[KpiCount.ReceivedDigitized]; init => _counts[KpiCount.ReceivedDigitized.Index] = value; }

    /// <inheritdoc cref="KpiCount.ResolvedDigitized"/>
    public int ResolvedDigitized { get => this[KpiCount.ResolvedDigitized]; init => _counts[KpiCount.ResolvedDigitized.Index] = value; }

    /// <inheritdoc cref="KpiCount.ResolvedRated"/>
    public int ResolvedRated { get => this[KpiCount.ResolvedRated]; init => _counts[KpiCount.ResolvedRated.Index] = value; }

    /// <inheritdoc cref="KpiCount.ResolvedRatedSatisfied"/>
    public int ResolvedRatedSatisfied { get => this[KpiCount.ResolvedRatedSatisfied]; init => _counts[KpiCount.ResolvedRatedSatisfied.Index] = value; }

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
    public static KpiFigures operator +(KpiFigures left, KpiFigures right)
    {
        var sum = new int[left._counts.Length];
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] = left._counts[i] + right._counts[i];
        }
        return new KpiFigures(sum);
    }

    /// <summary>The figures of this set and another, disjoint one.</summary>
    public KpiFigures Add(KpiFigures other) => this + other;

    /// <summary>Equal when every count is.</summary>
    public bool Equals(KpiFigures? other) => other is not null && _counts.AsSpan().SequenceEqual(other._counts);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var count in _counts)
        {
            hash.Add(count);
        }
        return hash.ToHashCode();
    }

    private static double? Ratio(int numerator, int denominator) =>
        denominator == 0 ? null : (double)numerator / denominator;
}
