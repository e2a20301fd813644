using IOC.Analytics.Influx;
using IOC.Analytics.Time;

namespace IOC.Ingestion.Tests.Flows;

/// <summary>What a Grafana panel would ask kpi_flow, read back as "yyyy-MM-dd channel=received" lines.</summary>
internal static class FlowQueries
{
    public static async Task<IReadOnlyList<string>> ReceivedByDayAndChannelAsync(this InfluxQueryClient query, string unit)
    {
        var series = await query.QueryAsync("SELECT received FROM kpi_flow WHERE unit = $unit GROUP BY channel",
            new Dictionary<string, object> { ["unit"] = unit });
        return series.SelectMany(s => Enumerable.Range(0, s.Values.Count)
                .Select(row => $"{ProvinceTime.DateOf(s.Time(row)):yyyy-MM-dd} {s.Tags["channel"]}={s.GetInt64(row, "received")}"))
            .Order(StringComparer.Ordinal).ToList();
    }
}
