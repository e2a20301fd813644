using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using IOC.Analytics.Storage;
using IOC.Testing.Servers;
using Npgsql;

namespace IOC.Bench.Live;

/// <summary>
/// The stack the live sections measure: a database of their own, Ingestion with the traffic simulator on, publishing into
/// Dashboard.Web's hub, and the demo catalogue plus probe units that only the bench posts to (so a unit's received count
/// tells which probe a message reflects).
/// </summary>
public sealed class LiveStack : IAsyncDisposable
{
    public const string IngestKey = "bench-ingest";
    public const string ReadKey = "bench-read";
    private const string ServiceKey = "bench-service";
    // Probes of one lane (unit and channel) go one after another, so counts identify them: 20 units × 3 channels take
    // 100 events/s at under 2 a lane a second. Not more units: Ingestion publishes every changed unit of a window in one
    // hub call; with 50 probe units (~670 bytes of JSON each) that call passed SignalR's default 32 KB message limit and
    // the dashboard kept dropping Ingestion's connection.
    private const int FlowUnitCount = 20;

    private LiveStack(PublishedService ingestion, PublishedService dashboard, NpgsqlDataSource dataSource, string ingestionFolder,
        string procedure)
    {
        Ingestion = ingestion;
        Dashboard = dashboard;
        DataSource = dataSource;
        IngestionFolder = ingestionFolder;
        Procedure = procedure;
    }

    public PublishedService Ingestion { get; }

    public PublishedService Dashboard { get; }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>Ingestion's publish folder, whose executable also runs <c>backfill</c>.</summary>
    public string IngestionFolder { get; }

    /// <summary>The procedure every probe dossier is received for.</summary>
    public string Procedure { get; }

    /// <summary>Probe units the steady 100 events/s flow is spread over; children of the province's root.</summary>
    public static IReadOnlyList<string> FlowUnits { get; } =
        Enumerable.Range(1, FlowUnitCount).Select(i => $"BENCH.FLOW.{i:00}").ToList();

    /// <summary>The probe unit the single Chromium page shows: only the screen-latency probes go there.</summary>
    public const string ScreenUnit = "BENCH.SCREEN";

    /// <summary>
    /// Starts the stack on a database of its own. With <paramref name="seed"/>, the schema and the catalogue are loaded
    /// first and the seed fills the database before either service starts, so both load it as their starting state.
    /// </summary>
    public static async Task<LiveStack> StartAsync(PostgresServer postgres, InfluxServer influx, DemoCatalog catalog,
        string ingestionFolder, string dashboardFolder, Func<NpgsqlDataSource, Task>? seed = null, bool simulator = true)
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        var dataSource = NpgsqlDataSource.Create(connectionString);
        if (seed is not null)
        {
            await new SchemaMigrator(dataSource).MigrateAsync();
            await catalog.UpsertAsync(dataSource);
            await seed(dataSource);
        }
        var ingestionUrl = PublishedService.FreeUrl();
        var dashboardUrl = PublishedService.FreeUrl();
        var common = new Dictionary<string, string>
        {
            ["IOC_PG"] = connectionString,
            ["IOC_INFLUX_URL"] = influx.Url.ToString(),
            ["IOC_SERVICE_KEY"] = ServiceKey,
            ["IOC_READ_API_KEY"] = ReadKey,
            ["IOC_INGEST_API_KEY"] = IngestKey,
            ["IOC_DASHBOARD_URL"] = dashboardUrl.ToString(),
            ["IOC_INGESTION_URL"] = ingestionUrl.ToString(),
        };
        Progress.Say($"Live: starting Ingestion (simulator {(simulator ? "on" : "off")}) and Dashboard.Web");
        var ingestion = await PublishedService.StartAsync(ingestionFolder, "IOC.Ingestion.dll", new Dictionary<string, string>(common)
        {
            ["IOC_SIMULATOR"] = simulator ? "on" : "off",
            ["IOC_SIMULATOR_SPEED"] = "60",
            ["IOC_DEMO_DIR"] = Path.Combine(IOC.Testing.RepositoryRoot.Path, "data", "demo"),
        }, ingestionUrl);
        using (var migrated = new CancellationTokenSource(TimeSpan.FromMinutes(1)))
        {
            await new SchemaMigrator(dataSource).WaitForVersionAsync(SchemaMigrator.RequiredVersion, TimeSpan.FromMilliseconds(200),
                migrated.Token);
        }
        // Every unit is in the catalogue before Dashboard.Web starts, so its first catalogue read already knows them.
        using var http = new HttpClient { BaseAddress = ingestion.Url };
        http.DefaultRequestHeaders.Add("X-Api-Key", IngestKey);
        await PutAsync(http, "api/v1/catalog/units", catalog.UnitsJson);
        await PutAsync(http, "api/v1/catalog/procedures", catalog.ProceduresJson);
        await PutAsync(http, "api/v1/catalog/units", ProbeUnitsJson(catalog.Root));
        var dashboard = await PublishedService.StartAsync(dashboardFolder, "IOC.Dashboard.Web.dll", common, dashboardUrl);
        using var procedures = JsonDocument.Parse(catalog.ProceduresJson);
        return new LiveStack(ingestion, dashboard, dataSource, ingestionFolder,
            procedures.RootElement[0].GetProperty("code").GetString()!);
    }

    /// <summary>Events in the log that the bench did not post (the simulator's), for the rate it added.</summary>
    public async Task<long> OtherEventsAsync()
    {
        await using var command = DataSource.CreateCommand(
            $"SELECT count(*) FROM dossier_event WHERE NOT dossier_code LIKE '{ProbeSource.Prefix}%'");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        await Dashboard.DisposeAsync();
        await Ingestion.DisposeAsync();
        await DataSource.DisposeAsync();
    }

    private static byte[] ProbeUnitsJson(string root) => JsonSerializer.SerializeToUtf8Bytes(
        FlowUnits.Append(ScreenUnit).Select(code => new { code, name = $"Bench {code}", parentCode = root, level = "department" }));

    private static async Task PutAsync(HttpClient http, string path, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PutAsync(path, content);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"PUT {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
