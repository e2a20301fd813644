using IOC.Analytics.Dossiers;
using IOC.Analytics.Hosting;
using IOC.Analytics.Influx;
using IOC.Analytics.Storage;
using IOC.Analytics.Time;
using IOC.Ingestion.Import;
using IOC.Ingestion.Reexport;
using IOC.Ingestion.Simulator;
using IOC.Testing;
using IOC.Testing.Servers;

namespace IOC.Ingestion.Tests.Grafana;

/// <summary>
/// The demo province in a database of its own, as Grafana would find it: Ingestion with the traffic simulator on and a
/// week's backfill posted through it, Dashboard.Web beside it; then Ingestion is stopped and the week and today
/// re-exported, so InfluxDB holds live samples, daily flows, end-of-day points and both services' health points that no
/// longer change while the tests read them.
/// </summary>
public sealed class GrafanaLiveData : IAsyncLifetime
{
    private const string ReadKey = "grafana-read";
    private const string ServiceKey = "grafana-service";
    private readonly PostgresDatabase _database = new();
    private readonly HttpClient _http = new();
    private ServiceProcess? _dashboard;

    /// <summary>The province root of the demo catalogue.</summary>
    public const string Province = "000.00.00.H56";

    /// <summary>The days backfilled before today.</summary>
    public const int Days = 7;

    /// <summary>InfluxQL against the database both services wrote.</summary>
    public InfluxQueryClient Query { get; private set; } = null!;

    /// <summary>Dashboard.Web with the read key.</summary>
    public HttpClient Reader { get; private set; } = null!;

    /// <summary>When the data stopped changing.</summary>
    public DateTimeOffset LoadedAt { get; private set; }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var influx = await InfluxServer.SharedAsync();
        var database = "grafana_" + Guid.NewGuid().ToString("N")[..8];
        var demo = Path.Combine(RepositoryRoot.Path, "data", "demo");
        var common = new Dictionary<string, string>
        {
            ["IOC_PG"] = _database.ConnectionString,
            ["IOC_INFLUX_URL"] = influx.Url.ToString(),
            ["IOC_INFLUX_DB"] = database,
            ["IOC_SERVICE_KEY"] = ServiceKey,
            ["IOC_READ_API_KEY"] = ReadKey,
            ["IOC_INGEST_API_KEY"] = IngestionApp.ApiKey,
        };
        _dashboard = ServiceProcess.FromProject("Dashboard.Web", "IOC.Dashboard.Web.dll", common);
        await _dashboard.StartAsync();
        await using (var ingestion = new ServiceProcess("IOC.Ingestion.dll", new Dictionary<string, string>(common)
        {
            ["IOC_DASHBOARD_URL"] = _dashboard.Url.ToString(),
            ["IOC_SIMULATOR"] = "on",
            ["IOC_SIMULATOR_SPEED"] = "60",
            ["IOC_SIMULATOR_PER_DAY"] = "120000",
            ["IOC_DEMO_DIR"] = demo,
        }))
        {
            await ingestion.StartAsync();
            await BackfillAsync(ingestion.Url, demo);
            await UntilProjectedAsync();
            await UntilHealthSampledAsync(new InfluxQueryClient(_http, new InfluxOptions { Url = influx.Url, Database = database }));
        }
        var settings = new IocSettings { InfluxUrl = influx.Url, InfluxDatabase = database, PostgresConnectionString = _database.ConnectionString };
        var today = ProvinceTime.DateOf(DateTimeOffset.UtcNow);
        await new InfluxReexport(settings, _http, TimeProvider.System).RunAsync(
            Enumerable.Range(0, Days + 1).Select(i => today.AddDays(-i)).ToHashSet(), CancellationToken.None);
        LoadedAt = DateTimeOffset.UtcNow;
        Query = new InfluxQueryClient(_http, new InfluxOptions { Url = influx.Url, Database = database });
        Reader = new HttpClient { BaseAddress = _dashboard.Url };
        Reader.DefaultRequestHeaders.Add("X-Api-Key", ReadKey);
    }

    /// <summary>InfluxQL against a database of the same server that holds no point at all.</summary>
    public async Task<InfluxQueryClient> EmptyDatabaseAsync()
    {
        var influx = await InfluxServer.SharedAsync();
        var options = new InfluxOptions { Url = influx.Url, Database = "grafana_empty_" + Guid.NewGuid().ToString("N")[..8] };
        var query = new InfluxQueryClient(_http, options);
        await query.CreateDatabaseAsync(options.Database);
        return query;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        Reader.Dispose();
        _http.Dispose();
        if (_dashboard is not null)
        {
            await _dashboard.DisposeAsync();
        }
        await _database.DisposeAsync();
    }

    private static async Task BackfillAsync(Uri ingestion, string demo)
    {
        using var client = new HttpClient { BaseAddress = ingestion };
        client.DefaultRequestHeaders.Add("X-Api-Key", IngestionApp.ApiKey);
        var catalog = DemoCatalog.Load(demo);
        await catalog.UploadAsync(client, CancellationToken.None);
        var generator = catalog.Traffic(5, new TrafficVolume(300));
        var now = DateTimeOffset.UtcNow;
        await new HistoryBackfill(new EventPoster(client, TimeProvider.System), new ProgressBar(TextWriter.Null))
            .RunAsync(generator, ProvinceTime.DateOf(now).AddDays(-Days), now, CancellationToken.None);
    }

    private async Task UntilProjectedAsync()
    {
        var store = new DossierStore(_database.DataSource);
        await using var last = _database.DataSource.CreateCommand("SELECT coalesce(max(seq), 0) FROM dossier_event");
        await Eventually.TrueAsync(async () => await store.CheckpointAsync(DossierProjection.Name, CancellationToken.None)
            >= (long)(await last.ExecuteScalarAsync())!, TimeSpan.FromMinutes(3), "the projection caught up with the backfill");
    }

    // Two health samples of each service (one every 10 s) give the rate panels a difference to draw.
    private static Task UntilHealthSampledAsync(InfluxQueryClient query) =>
        Eventually.TrueAsync(async () =>
        {
            var ingestion = await query.QueryAsync("SELECT count(\"events_accepted\") FROM \"ioc_health\" WHERE \"service\" = 'ingestion'");
            var dashboard = await query.QueryAsync("SELECT count(\"hub_clients\") FROM \"ioc_health\" WHERE \"service\" = 'dashboard'");
            return Counted(ingestion) >= 2 && Counted(dashboard) >= 2;
        }, TimeSpan.FromSeconds(60), "two ioc_health points of each service");

    private static long Counted(IReadOnlyList<InfluxSeries> series) =>
        series.Count == 0 || series[0].Values.Count == 0 ? 0 : series[0].Values[0][1].GetInt64();
}
