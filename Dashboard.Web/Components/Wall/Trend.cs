using IOC.Analytics.Kpi;

namespace IOC.Dashboard.Components.Wall;

/// <summary>Which way a figure moved against the same period before.</summary>
public enum TrendDirection
{
    /// <summary>Up: more, or a higher ratio.</summary>
    Up,

    /// <summary>Down: fewer, or a lower ratio.</summary>
    Down,

    /// <summary>Unchanged.</summary>
    Flat,

    /// <summary>Nothing to compare with: the earlier period has no data at all.</summary>
    None,
}

/// <summary>
/// The change of a headline figure against the same period before (today against the same weekday last week, the year
/// to date against the same dates last year): a signed difference of counts, or of ratios in percentage points.
/// </summary>
/// <param name="Difference">Now minus before: dossiers, or percentage points for a ratio.</param>
/// <param name="IsRatio">True when <paramref name="Difference"/> is in percentage points.</param>
public sealed record Trend(double Difference, bool IsRatio)
{
    /// <summary>
    /// The earlier period has no data at all (nothing received, carried over or in process, e.g. before the province's
    /// history starts): an increase from zero would mislead, so the tile says there is nothing to compare with.
    /// </summary>
    public static readonly Trend NoEarlierData = new(0, IsRatio: false) { HasEarlierData = false };

    /// <summary>False when there was nothing to compare with (<see cref="NoEarlierData"/>).</summary>
    public bool HasEarlierData { get; private init; } = true;

    // A ratio is shown to one decimal of a point; a smaller move reads as no change, not as "▲ +0,0".
    private const double FlatPoints = 0.05;

    /// <summary>Which way the figure moved.</summary>
    public TrendDirection Direction => !HasEarlierData ? TrendDirection.None
        : Math.Abs(Difference) < (IsRatio ? FlatPoints : 0.5) ? TrendDirection.Flat
        : Difference > 0 ? TrendDirection.Up
        : TrendDirection.Down;

    /// <summary>True when figures of an earlier period hold nothing to compare with.</summary>
    public static bool IsEmpty(KpiFigures before) =>
        before.ReceivedTotal == 0 && before.CarriedOver == 0 && before.InProcessTotal == 0;

    /// <summary>The change of a count.</summary>
    public static Trend OfCount(int now, int before) => new(now - before, IsRatio: false);

    /// <summary>The change of a ratio in percentage points; none when either ratio has no denominator.</summary>
    public static Trend? OfRatio(double? now, double? before) =>
        now is { } n && before is { } b ? new Trend((n - b) * 100, IsRatio: true) : null;
}
