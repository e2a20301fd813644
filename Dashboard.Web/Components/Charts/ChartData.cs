namespace IOC.Dashboard.Components.Charts;

/// <summary>
/// What a chart shows and what changes live: the categories (x axis; slice names of a donut) and the series. The only
/// thing sent to the browser after the chart is created.
/// </summary>
public sealed record ChartData(IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>Nothing to show.</summary>
    public static readonly ChartData Empty = new([], []);

    /// <inheritdoc />
    public bool Equals(ChartData? other) =>
        other is not null && Categories.SequenceEqual(other.Categories) && Series.SequenceEqual(other.Series);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Categories.Count, Series.Count);
}
