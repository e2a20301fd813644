using System.Text.Json.Serialization;

namespace IOC.Dashboard.Components.Charts;

/// <summary>One named series of a chart, as ApexCharts reads it; a null point is drawn as a gap, never as 0.</summary>
/// <param name="Name">The name shown in the legend and the tooltip.</param>
/// <param name="Data">One value per category.</param>
/// <param name="Type">In a mixed chart, how this series is drawn ("column", "line"); the chart's type otherwise.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Data,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Type = null)
{
    /// <inheritdoc />
    public bool Equals(ChartSeries? other) =>
        other is not null && Name == other.Name && Type == other.Type && Data.SequenceEqual(other.Data);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Type, Data.Count);
}
