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
}

/// <summary>
/// The change of a headline figure against the same period before (today against the same weekday last week, the year
/// to date against the same dates last year): a signed difference of counts, or of ratios in percentage points.
/// </summary>
/// <param name="Difference">Now minus before: dossiers, or percentage points for a ratio.</param>
/// <param name="IsRatio">True when <paramref name="Difference"/> is in percentage points.</param>
public sealed record Trend(double Difference, bool IsRatio)
{
    // A ratio is shown to one decimal of a point; a smaller move reads as no change, not as "▲ +0,0".
    private const double FlatPoints = 0.05;

    /// <summary>Which way the figure moved.</summary>
    public TrendDirection Direction => Math.Abs(Difference) < (IsRatio ? FlatPoints : 0.5) ? TrendDirection.Flat
        : Difference > 0 ? TrendDirection.Up
        : TrendDirection.Down;

    /// <summary>The change of a count.</summary>
    public static Trend OfCount(int now, int before) => new(now - before, IsRatio: false);

    /// <summary>The change of a ratio in percentage points; none when either ratio has no denominator.</summary>
    public static Trend? OfRatio(double? now, double? before) =>
        now is { } n && before is { } b ? new Trend((n - b) * 100, IsRatio: true) : null;
}
