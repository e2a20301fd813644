using IOC.Analytics.Influx;
using IOC.Testing;
using IOC.Testing.Servers;

namespace IOC.Ingestion.Tests;

/// <summary>
/// A real InfluxDB, a fresh PostgreSQL database and the real Ingestion process writing to them, with the test catalogue
/// loaded; no dashboard (its hub address answers nothing). For tests of what reaches InfluxDB.
/// </summary>
internal sealed class IngestionWithInflux : IAsyncDisposable
{
    private readonly PostgresDatabase _database;
    private readonly HttpClient _http = new();

    private IngestionWithInflux(InfluxServer influx, PostgresDatabase database, ServiceProcess ingestion)
    {
        Influx = influx;
        _database = database;
        Ingestion = ingestion;
        Source = new HttpClient { BaseAddress = ingestion.Url };
        Source.DefaultRequestHeaders.Add("X-Api-Key", IngestionApp.ApiKey);
        Query = new InfluxQueryClient(_http, new InfluxOptions { Url = influx.Url, Database = "ioc" });
    }

    /// <summary>The InfluxDB server, to stop and start.</summary>
    public InfluxServer Influx { get; }

    /// <summary>The Ingestion process.</summary>
    public ServiceProcess Ingestion { get; }

    /// <summary>A source posting with the ingest key.</summary>
    public HttpClient Source { get; }

    /// <summary>InfluxQL against the database Ingestion writes.</summary>
    public InfluxQueryClient Query { get; }

    /// <summary>
    /// Waits until Ingestion's InfluxDB writer has had a write fail and retried it (<c>ioc_influx_retries_total</c> above
    /// what it was): proof that a test's "while InfluxDB is down" really happened while it was down.
    /// </summary>
    public async Task UntilAWriteWasRetriedAsync(double retriesBefore) =>
        await Eventually.TrueAsync(async () => await InfluxRetriesAsync() > retriesBefore, TimeSpan.FromSeconds(90),
            "a failed InfluxDB write retried by Ingestion");

    /// <summary><c>ioc_influx_retries_total</c> of the Ingestion process's <c>/metrics</c>.</summary>
    public async Task<double> InfluxRetriesAsync() =>
        PrometheusText.Value(await Source.GetStringAsync("/metrics"), "ioc_influx_retries_total")
            ?? throw new InvalidOperationException("/metrics has no ioc_influx_retries_total");

    /// <summary>Starts the servers and Ingestion and loads the test catalogue.</summary>
    public static async Task<IngestionWithInflux> StartAsync()
    {
        var influx = await InfluxServer.StartNewAsync();
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        var ingestion = new ServiceProcess("IOC.Ingestion.dll", new Dictionary<string, string>
        {
            ["IOC_PG"] = database.ConnectionString,
            ["IOC_INFLUX_URL"] = influx.Url.ToString(),
            ["IOC_INGEST_API_KEY"] = IngestionApp.ApiKey,
            ["IOC_DASHBOARD_URL"] = $"http://127.0.0.1:{FreePort.Next()}",
        });
        var stack = new IngestionWithInflux(influx, database, ingestion);
        await ingestion.StartAsync();
        await stack.Source.LoadTestCatalogAsync();
        return stack;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Source.Dispose();
        _http.Dispose();
        await Ingestion.DisposeAsync();
        await Influx.DisposeAsync();
        await _database.DisposeAsync();
    }
}
