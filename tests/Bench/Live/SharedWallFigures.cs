using System.Diagnostics;
using IOC.Analytics.Catalog;
using IOC.Testing.Servers;
using Microsoft.Playwright;

namespace IOC.Bench.Live;

/// <summary>
/// Figure 9: Dashboard.Web's CPU on an index seeded with a year of dossiers, with one wall open and then with many walls
/// spread over units at every level, while probes flow at 100 events/s. Every wall asks the one figures service, which
/// counts a unit's figures once for all of them, so the second should cost little more than the first.
/// </summary>
public static class SharedWallFigures
{
    public const string Part = "9. Walls on a year of dossiers: Dashboard.Web's CPU with 1 wall and with many, events at 100/s";
    private const int Departments = 4;
    private const int Communes = 5;
    private const int OpenAtOnce = 5;
    // The wall scales with its window (rem from the viewport): small windows keep the one Chromium's painting of 50
    // pages from taking the cores the services need, while each circuit does on the server what a full screen's does.
    private static readonly ViewportSize Small = new() { Width = 480, Height = 270 };

    public static async Task RunAsync(PostgresServer postgres, InfluxServer influx, DemoCatalog catalog, string ingestionFolder,
        string dashboardFolder, BenchOptions options, Figures figures)
    {
        var generator = new DossierGenerator(catalog, DateTimeOffset.UtcNow, "YEAR-");
        Progress.Say($"Walls: seeding {options.Dossiers:N0} dossiers of the year for a stack of their own");
        await using var stack = await LiveStack.StartAsync(postgres, influx, catalog, ingestionFolder, dashboardFolder,
            dataSource => KpiLatency.SeedAsync(dataSource, generator, options.Dossiers), simulator: false);
        using (var http = new HttpClient { BaseAddress = stack.Dashboard.Url, Timeout = TimeSpan.FromMinutes(1) })
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", LiveStack.ReadKey);
            await KpiLatency.WaitUntilLoadedAsync(http, $"api/v1/kpi?unit={catalog.Root}&{KpiLatency.Year}", options.Dossiers);
        }
        using var source = new ProbeSource(stack.Ingestion.Url, stack.Procedure);
        await using var browser = await WallBrowser.LaunchAsync(stack.Dashboard.Url);
        var units = Units(catalog);

        var pages = new List<IPage> { await browser.OpenWallAsync(viewport: Small) };
        await Task.Delay(TimeSpan.FromSeconds(3));
        Progress.Say($"Walls: {BenchOptions.LiveRate} probes/s for {options.LiveSeconds} s with the province's wall open");
        var (one, oneRate) = await CpuWhileProbesFlowAsync(stack, source, options);

        Progress.Say($"Walls: opening {options.WallPages - 1} more over {units.Count} units");
        var more = Enumerable.Range(1, options.WallPages - 1).Select(i => units[i % units.Count]).ToList();
        foreach (var batch in more.Chunk(OpenAtOnce))
        {
            pages.AddRange(await Task.WhenAll(batch.Select(unit => browser.OpenWallAsync(unit == catalog.Root ? null : unit, Small))));
        }
        await Task.Delay(TimeSpan.FromSeconds(3));
        Progress.Say($"Walls: {BenchOptions.LiveRate} probes/s for {options.LiveSeconds} s with {pages.Count} walls open");
        var (many, manyRate) = await CpuWhileProbesFlowAsync(stack, source, options);

        figures.Add(Part, "dossiers of the year in Dashboard.Web's index (seeded with DossierStore COPY)", options.Dossiers, "dossiers");
        figures.Add(Part, $"units the walls show (the province, {Departments} departments, {Communes} communes)", units.Count, "units");
        figures.Add(Part, "probe rate achieved with 1 wall", oneRate, "events/s", $"{BenchOptions.LiveRate} events/s");
        figures.Add(Part, $"probe rate achieved with {pages.Count} walls", manyRate, "events/s", $"{BenchOptions.LiveRate} events/s");
        figures.Add(Part, "Dashboard.Web CPU with 1 wall (the province)", one * 100, "% of a core");
        figures.Add(Part, $"Dashboard.Web CPU with {pages.Count} walls over {units.Count} units", many * 100, "% of a core");
        figures.Add(Part, $"difference ({pages.Count} walls − 1 wall)", (many - one) * 100, "% of a core", "≤ 10 % of a core");
        await Task.WhenAll(pages.Select(page => page.CloseAsync()));
        figures.Note($"Walls on a year: a stack of its own (simulator off) whose database holds {options.Dossiers:N0} generated dossiers of "
            + $"the year before the services start; walls in {Small.Width}×{Small.Height} windows (the layout scales, the circuit's work does "
            + $"not); each run follows as long a run of probes not measured; CPU is Dashboard.Web's utime + stime (/proc/PID/stat) "
            + "over the probes' run / wall time.");
    }

    /// <summary>The province, then departments and communes of the demo catalogue, as an operations room shows them.</summary>
    private static IReadOnlyList<string> Units(DemoCatalog catalog) =>
    [
        catalog.Root,
        .. catalog.Units.Where(u => u.Level == UnitLevel.Department).OrderBy(u => u.Code, StringComparer.Ordinal).Take(Departments).Select(u => u.Code),
        .. catalog.Units.Where(u => u.Level == UnitLevel.Commune).OrderBy(u => u.Code, StringComparer.Ordinal).Take(Communes).Select(u => u.Code),
    ];

    private static async Task<(double Cpu, double Rate)> CpuWhileProbesFlowAsync(LiveStack stack, ProbeSource source, BenchOptions options)
    {
        // Not measured: a run as long first, past what follows a start or new circuits (JIT, PostgreSQL after the seed, the
        // first counts), which would otherwise fall on the first figure only.
        await ProbeTraffic.RunAsync(source, ProbeLane.Of(LiveStack.FlowUnits), BenchOptions.LiveRate, TimeSpan.FromSeconds(options.LiveSeconds));
        var cpuBefore = stack.Dashboard.CpuSeconds();
        var started = Stopwatch.GetTimestamp();
        var probes = await ProbeTraffic.RunAsync(source, ProbeLane.Of(LiveStack.FlowUnits), BenchOptions.LiveRate,
            TimeSpan.FromSeconds(options.LiveSeconds));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return ((stack.Dashboard.CpuSeconds() - cpuBefore) / elapsed, probes.Count / elapsed);
    }
}
