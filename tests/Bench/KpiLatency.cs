using System.Diagnostics;
using System.Net;
using System.Text.Json;
using IOC.Analytics.Storage;
using IOC.Testing.Servers;
using Npgsql;

namespace IOC.Bench;

/// <summary>What IOC answered for the province's year, for the comparison with InfluxQL.</summary>
public sealed record ProvinceYear(Percentiles Latency, IReadOnlyDictionary<string, long> ReceivedByChannel,
    IReadOnlyDictionary<string, long> ResolvedByTimeliness);

/// <summary>
/// Figure 2: GET /api/v1/kpi on the real Dashboard.Web process over a year of the province (dossier rows seeded with the
/// projector's own COPY path), and the process's memory once it holds them all.
/// </summary>
public static class KpiLatency
{
    private const string Part = "2. KPI API: GET /api/v1/kpi for 2026 (real Dashboard.Web process)";
    private const int SeedChunk = 50_000;
    private const int Warmup = 10;
    private const string ApiKey = "bench";
    public const string Year = "from=2026-01-01&to=2026-12-31";

    // The seed is no projection's work: a checkpoint of its own leaves the projector's untouched.
    private const string SeedCheckpoint = "bench-seed";

    public static async Task<ProvinceYear> RunAsync(PostgresServer postgres, InfluxServer influx, DemoCatalog catalog,
        DossierGenerator generator, string publishFolder, BenchOptions options, Figures figures)
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        {
            await new SchemaMigrator(dataSource).MigrateAsync();
            await catalog.UpsertAsync(dataSource);
            var seeded = await SeedAsync(dataSource, generator, options.Dossiers);
            figures.Add(Part, $"seeding {options.Dossiers:N0} dossier rows (DossierStore COPY, {SeedChunk:N0} a transaction)",
                options.Dossiers / seeded.TotalSeconds, "rows/s");
        }

        Progress.Say("KPI: starting Dashboard.Web and waiting until it holds every dossier");
        var started = Stopwatch.GetTimestamp();
        await using var dashboard = await PublishedService.StartAsync(publishFolder, "IOC.Dashboard.Web.dll", new Dictionary<string, string>
        {
            ["IOC_PG"] = connectionString,
            ["IOC_INFLUX_URL"] = influx.Url.ToString(),
            ["IOC_READ_API_KEY"] = ApiKey,
            // Section 2c times the making of reports on request; the schedule would have stored them before.
            ["IOC_REPORTS_SCHEDULED"] = "off",
        });
        using var http = new HttpClient { BaseAddress = dashboard.Url, Timeout = TimeSpan.FromMinutes(1) };
        http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        var province = $"api/v1/kpi?unit={catalog.Root}&{Year}";
        await WaitUntilLoadedAsync(http, province, options.Dossiers);
        figures.Add(Part, "start until every dossier is loaded", Stopwatch.GetElapsedTime(started).TotalSeconds, "s");
        figures.Add(Figures.MemoryPart, $"Dashboard.Web VmRSS holding {options.Dossiers:N0} dossiers", dashboard.ResidentMiB(), "MiB");

        Progress.Say($"KPI: timing {options.KpiRequests} requests of each kind");
        var provinceLatency = await Percentiles.MeasureAsync(options.KpiRequests, Warmup, () => GetAsync(http, province));
        figures.AddLatency(Part, $"province {catalog.Root}", provinceLatency, "< 200 ms");
        figures.AddLatency(Part, $"department {catalog.BusiestDepartment}",
            await Percentiles.MeasureAsync(options.KpiRequests, Warmup, () => GetAsync(http, $"api/v1/kpi?unit={catalog.BusiestDepartment}&{Year}")),
            "< 200 ms");
        figures.AddLatency(Part, $"units?parent={catalog.Root} ({catalog.Units.Count(u => u.ParentCode == catalog.Root)} units)",
            await Percentiles.MeasureAsync(options.KpiRequests, Warmup, () => GetAsync(http, $"api/v1/kpi/units?parent={catalog.Root}&{Year}")),
            "< 200 ms");

        await DrilldownLatency.RunAsync(dashboard.Url, connectionString, publishFolder, catalog, options, figures);

        using var answer = JsonDocument.Parse(await GetAsync(http, province));
        return new ProvinceYear(provinceLatency,
            Counts(answer.RootElement.GetProperty("received"), "online", "direct", "postal"),
            Counts(answer.RootElement.GetProperty("resolved"), "early", "onTime", "late"));
    }

    /// <summary>Writes the generator's first <paramref name="dossiers"/> dossiers with the projector's COPY path; the time it took.</summary>
    public static async Task<TimeSpan> SeedAsync(NpgsqlDataSource dataSource, DossierGenerator generator, int dossiers)
    {
        var store = new DossierStore(dataSource);
        var elapsed = TimeSpan.Zero;
        for (var first = 0; first < dossiers; first += SeedChunk)
        {
            var rows = generator.Chunk(first, Math.Min(SeedChunk, dossiers - first)).Select(d => d.ToRow()).ToList();
            var started = Stopwatch.GetTimestamp();
            await store.SaveAsync(rows, SeedCheckpoint, 0, CancellationToken.None);
            elapsed += Stopwatch.GetElapsedTime(started);
            Progress.Say($"Seeded {first + rows.Count:N0} of {dossiers:N0} dossiers");
        }
        return elapsed;
    }

    /// <summary>Waits until the province's figures account for every seeded dossier (received, carried over or refused).</summary>
    public static async Task WaitUntilLoadedAsync(HttpClient http, string province, int dossiers)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            using var answer = JsonDocument.Parse(await GetAsync(http, province));
            var root = answer.RootElement;
            var counted = root.GetProperty("received").GetProperty("total").GetInt64() + root.GetProperty("carriedOver").GetInt64()
                + root.GetProperty("refused").GetInt64();
            if (counted == dossiers)
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Dashboard.Web counts {counted:N0} of {dossiers:N0} dossiers after 10 minutes");
            }
            await Task.Delay(200);
        }
    }

    private static async Task<string> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK
            ? body
            : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {body}");
    }

    private static Dictionary<string, long> Counts(JsonElement part, params string[] names) =>
        names.ToDictionary(name => name, name => part.GetProperty(name).GetInt64());
}
