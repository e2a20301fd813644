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
        await using var influx = await InfluxServer.StartNewAsync();
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        await using var ingestion = new ServiceProcess("IOC.Ingestion.dll", new Dictionary<string, string>
        {
            ["IOC_PG"] = database.ConnectionString,
            ["IOC_INFLUX_URL"] = influx.Url.ToString(),
            ["IOC_INGEST_API_KEY"] = IngestionApp.ApiKey,
            ["IOC_DASHBOARD_URL"] = $"http://127.0.0.1:{FreePort.Next()}",
        });
        await ingestion.StartAsync();
        using var source = new HttpClient { BaseAddress = ingestion.Url };
        source.DefaultRequestHeaders.Add("X-Api-Key", IngestionApp.ApiKey);
        await source.LoadTestCatalogAsync();
        using var http = new HttpClient();
        var query = new InfluxQueryClient(http, new InfluxOptions { Url = influx.Url, Database = "ioc" });

        await source.PostEventsAsync(ReceivedNow("INFLUX-1"));
        await Eventually.TrueAsync(async () => await ProvinceReceivedAsync(query) == 1, Generous, "the first sample in InfluxDB");
        influx.Stop();
        var (whileDown, _) = await source.PostEventsAsync(ReceivedNow("INFLUX-2"));
        await Task.Delay(TimeSpan.FromSeconds(2));
        await influx.StartAsync();

        Assert.Equal(HttpStatusCode.Accepted, whileDown.StatusCode);
        await Eventually.TrueAsync(async () => await ProvinceReceivedAsync(query) == 2, Generous, "the sample taken while InfluxDB was down");
        await database.DisposeAsync();
    }

    private static async Task<long?> ProvinceReceivedAsync(InfluxQueryClient query)
    {
        var series = await query.QueryAsync($"SELECT last(received_total) FROM kpi_unit WHERE unit = '{TestCatalog.Province}'");
        return series.Count == 0 ? null : series[0].GetInt64(0, "last");
    }

    private static object ReceivedNow(string code) =>
        SourceClient.Received(code + "-in", code, DateTimeOffset.UtcNow.AddMinutes(-1).ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-ddTHH:mm:sszzz"));
}
