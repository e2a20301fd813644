using IOC.Testing;
using IOC.Testing.Servers;

namespace IOC.Ingestion.Tests.Faults;

/// <summary>
/// Ingestion and Dashboard.Web as real processes on a fresh database, Ingestion publishing into the dashboard's hub
/// with the service key, the test catalogue loaded.
/// </summary>
internal sealed class IngestionAndDashboard : IAsyncDisposable
{
    private readonly PostgresDatabase _database;

    private IngestionAndDashboard(PostgresDatabase database, ServiceProcess dashboard, ServiceProcess ingestion)
    {
        _database = database;
        Dashboard = dashboard;
        Ingestion = ingestion;
        Source = new HttpClient { BaseAddress = ingestion.Url };
        Source.DefaultRequestHeaders.Add("X-Api-Key", IngestionApp.ApiKey);
    }

    /// <summary>The dashboard process, to kill and restart.</summary>
    public ServiceProcess Dashboard { get; }

    /// <summary>The ingestion process.</summary>
    public ServiceProcess Ingestion { get; }

    /// <summary>A source posting to Ingestion with the ingest key.</summary>
    public HttpClient Source { get; }

    /// <summary>Starts both services with the given hub credentials and loads the test catalogue.</summary>
    /// <param name="serviceKey">Ingestion's credential for the hub.</param>
    /// <param name="readKey">The dashboard's read key.</param>
    /// <param name="dashboardSettings">More settings of the dashboard.</param>
    /// <param name="logFolder">When given, each service's output goes to <c>dashboard.log</c> and <c>ingestion.log</c> there.</param>
    public static async Task<IngestionAndDashboard> StartAsync(string serviceKey, string readKey,
        IReadOnlyDictionary<string, string>? dashboardSettings = null, string? logFolder = null)
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        var influx = await InfluxServer.SharedAsync();
        var common = new Dictionary<string, string>
        {
            ["IOC_PG"] = database.ConnectionString,
            ["IOC_INFLUX_URL"] = influx.Url.ToString(),
            ["IOC_SERVICE_KEY"] = serviceKey,
            ["IOC_READ_API_KEY"] = readKey,
            ["IOC_INGEST_API_KEY"] = IngestionApp.ApiKey,
        };
        var dashboard = ServiceProcess.FromProject("Dashboard.Web", "IOC.Dashboard.Web.dll",
            new Dictionary<string, string>(common.Concat(dashboardSettings ?? new Dictionary<string, string>())));
        dashboard.LogFile = logFolder is null ? null : Path.Combine(logFolder, "dashboard.log");
        await dashboard.StartAsync();
        var ingestion = new ServiceProcess("IOC.Ingestion.dll", new Dictionary<string, string>(common) { ["IOC_DASHBOARD_URL"] = dashboard.Url.ToString() })
        {
            LogFile = logFolder is null ? null : Path.Combine(logFolder, "ingestion.log"),
        };
        await ingestion.StartAsync();
        var services = new IngestionAndDashboard(database, dashboard, ingestion);
        await services.Source.LoadTestCatalogAsync();
        return services;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Source.Dispose();
        await Ingestion.DisposeAsync();
        await Dashboard.DisposeAsync();
        await _database.DisposeAsync();
    }
}
