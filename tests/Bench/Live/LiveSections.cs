using IOC.Testing.Servers;

namespace IOC.Bench.Live;

/// <summary>
/// The live sections: figures 5 to 8 in one stack of their own started after the others are done, then figure 9 in
/// another, seeded with a year of dossiers.
/// </summary>
public static class LiveSections
{
    public static async Task RunAsync(PostgresServer postgres, InfluxServer influx, DemoCatalog catalog, string ingestionFolder,
        string dashboardFolder, BenchOptions options, Figures figures)
    {
        if (!options.WallsOnly)
        {
            await RunFirstStackAsync(postgres, influx, catalog, ingestionFolder, dashboardFolder, options, figures);
        }
        await SharedWallFigures.RunAsync(postgres, influx, catalog, ingestionFolder, dashboardFolder, options, figures);
    }

    // Figures 5 to 8.
    private static async Task RunFirstStackAsync(PostgresServer postgres, InfluxServer influx, DemoCatalog catalog, string ingestionFolder,
        string dashboardFolder, BenchOptions options, Figures figures)
    {
        await using (var stack = await LiveStack.StartAsync(postgres, influx, catalog, ingestionFolder, dashboardFolder))
        {
            using var source = new ProbeSource(stack.Ingestion.Url, stack.Procedure);
            await LiveLatency.RunAsync(stack, source, options, figures);
            await HubFanOut.RunAsync(stack, source, options, figures);
            await using (var browser = await WallBrowser.LaunchAsync(stack.Dashboard.Url))
            {
                await CircuitMemory.RunAsync(stack, source, browser, options, figures);
                await ScreenLatency.RunAsync(source, browser, figures);
            }
            await InfluxBackfillVolume.RunAsync(stack, influx, options, figures);
        }
        figures.Note("Live sections: Ingestion runs the traffic simulator (IOC_SIMULATOR=on, speed 60); probes are one new dossier per "
            + "POST to units only the bench posts to, so a unit's received count of the probe's channel tells which probes a message reflects.");
    }
}
