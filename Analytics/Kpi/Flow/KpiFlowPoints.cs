using IOC.Analytics.Influx;
using IOC.Analytics.Kpi.Counts;
using IOC.Analytics.Time;

namespace IOC.Analytics.Kpi.Flow;

/// <summary>
/// The InfluxDB form of daily flows (documented in docs/influxdb.md): measurement <c>kpi_flow</c>, one point per province
/// day, unit subtree, field and channel, stamped 00:00 of the day in province time, with integer counts that InfluxQL can
/// <c>sum()</c> over any period.
/// </summary>
public static class KpiFlowPoints
{
    /// <summary>The measurement of daily flow counters.</summary>
    public const string Measurement = "kpi_flow";

    // The two totals (a point's channel tag splits the received), then every count of the table that is a daily flow.
    private static readonly (string Name, Func<KpiFigures, int> Count)[] Fields =
    [
        ("received", f => f.ReceivedTotal),
        ("resolved", f => f.ResolvedTotal),
        .. KpiCount.Flows.Select(count => (count.Flow!, (Func<KpiFigures, int>)(f => f[count]))),
    ];

    /// <summary>The field names, in the order they are documented.</summary>
    public static IReadOnlyList<string> FieldNames { get; } = Fields.Select(f => f.Name).ToList();

    /// <summary>The instant a day's point is stamped with: 00:00 of the day in province time.</summary>
    public static DateTimeOffset TimeOf(DateOnly day) => ProvinceTime.StartOf(day);

    /// <summary>True when any flow count is non-zero (only such combinations are written).</summary>
    public static bool HasFlow(KpiFigures figures) => Fields.Any(f => f.Count(figures) != 0);

    /// <summary>The point of one day's flows.</summary>
    public static Point Of(KpiFlow flow)
    {
        var point = new Point(Measurement, TimeOf(flow.Day))
            .Tag("unit", flow.Unit.Code)
            .Tag("unit_name", flow.Unit.Name)
            .Tag("level", flow.Unit.Level)
            .Tag("field", flow.Field)
            .Tag("channel", flow.Channel);
        return Fields.Aggregate(point, (p, f) => p.Field(f.Name, f.Count(flow.Figures)));
    }
}
