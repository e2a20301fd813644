using System.Net;
using IOC.Analytics.Influx;
using IOC.Testing;
using IOC.Testing.Servers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IOC.Ingestion.Tests.Api;

/// <summary>Ingestion's own figures, read back from <c>/metrics</c> and from <c>ioc_health</c> in the real InfluxDB.</summary>
public sealed class HealthMetricsTests(IngestionApp app) : IClassFixture<IngestionApp>
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task EventsPosted_ValidDuplicateAndInvalid_MetricsAndIocHealthCountThem()
    {
        // Databases of its own: other test classes' services write to the shared InfluxDB at the same time, and the
        // fixture's own host would project and follow the same PostgreSQL database (its live figures would not be ours).
        var database = $"health_{Guid.NewGuid():N}"[..20];
        var postgres = new PostgresDatabase();
        await postgres.InitializeAsync();
        await using var ingestion = app.WithWebHostBuilder(web => web.UseSetting("IOC_INFLUX_DB", database)
            .UseSetting("IOC_PG", postgres.ConnectionString));
        using var source = ingestion.CreateClient();
        source.DefaultRequestHeaders.Add("X-Api-Key", IngestionApp.ApiKey);
        await source.LoadTestCatalogAsync();
        var now = ProvinceToday.OccurredAt();

        var (first, _) = await source.PostEventsAsync(SourceClient.Received("m-1", "HS-M-1", now), SourceClient.Received("m-2", "HS-M-2", now));
        var (second, _) = await source.PostEventsAsync(SourceClient.Received("m-1", "HS-M-1", now),
            SourceClient.Received("m-3", "HS-M-3", now, unit: "999.99.99.X99"));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        // /metrics of this host: every instrument is there. Its values are not checked here: in a test process the
        // exporter also sees the meters of other test hosts of the same name (one host a process in production).
        var metrics = await source.GetStringAsync("/metrics");
        foreach (var name in (string[])["ioc_ingestion_events_accepted_total", "ioc_ingestion_events_duplicates_total",
            "ioc_ingestion_events_rejected_total", "ioc_ingestion_pipeline_lag_seconds", "ioc_influx_buffer_depth", "ioc_influx_retries_total"])
        {
            Assert.NotNull(PrometheusText.Value(metrics, name));
        }

        using var http = new HttpClient();
        var query = new InfluxQueryClient(http, new InfluxOptions { Url = app.Influx.Url, Database = database });
        var health = await Eventually.ValueAsync(async () =>
        {
            var series = await query.QueryAsync("SELECT * FROM ioc_health WHERE service = 'ingestion' ORDER BY time DESC LIMIT 1");
            return series.Count > 0 && series[0].GetInt64(0, "events_rejected") == 1 ? series[0] : null;
        }, Generous, "an ioc_health point with the posted events");
        Assert.Equal(2, health.GetInt64(0, "events_accepted"));
        Assert.Equal(1, health.GetInt64(0, "events_duplicates"));
        Assert.True(health.GetDouble(0, "pipeline_lag_seconds") > 0, "the posted batches' pipeline lag");
        Assert.NotNull(health.GetInt64(0, "influx_buffer_depth"));
        Assert.NotNull(health.GetInt64(0, "influx_retries"));
        await postgres.DisposeAsync();
    }
}
