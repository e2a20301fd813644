using System.Net;
using IOC.Analytics.Influx;
using IOC.Testing;
using IOC.Testing.Servers;

namespace IOC.Ingestion.Tests.Faults;

public sealed class InfluxOutageTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task LiveFigures_InfluxDownThenBack_IngestionKeepsAcceptingAndTheSamplesArrive()
    {
        await using var stack = await IngestionWithInflux.StartAsync();
        var (influx, source, query) = (stack.Influx, stack.Source, stack.Query);

        await source.PostEventsAsync(ReceivedNow("INFLUX-1"));
        await Eventually.TrueAsync(async () => await ProvinceReceivedAsync(query) == 1, Generous, "the first sample in InfluxDB");
        var retries = await stack.InfluxRetriesAsync();
        influx.Stop();
        var (whileDown, _) = await source.PostEventsAsync(ReceivedNow("INFLUX-2"));
        await stack.UntilAWriteWasRetriedAsync(retries);
        await influx.StartAsync();

        Assert.Equal(HttpStatusCode.Accepted, whileDown.StatusCode);
        await Eventually.TrueAsync(async () => await ProvinceReceivedAsync(query) == 2, Generous, "the sample taken while InfluxDB was down");
    }

    private static async Task<long?> ProvinceReceivedAsync(InfluxQueryClient query)
    {
        var series = await query.QueryAsync($"SELECT last(received_total) FROM kpi_unit WHERE unit = '{TestCatalog.Province}'");
        return series.Count == 0 ? null : series[0].GetInt64(0, "last");
    }

    private static object ReceivedNow(string code) =>
        SourceClient.Received(code + "-in", code, ProvinceToday.OccurredAt());
}
