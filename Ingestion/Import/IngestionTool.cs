using IOC.Analytics.Time;
using IOC.Ingestion.Simulator;

namespace IOC.Ingestion.Import;

/// <summary>
/// The command-line modes of the Ingestion executable: <c>import FILE</c> and <c>backfill --months N</c>. Both post
/// through the public API, draw a progress bar on stderr and end with <c>accepted N, duplicates N, rejected N</c> on
/// stdout. Exit code 0 when nothing was rejected, 1 when something was or the service could not be used, 2 on bad usage.
/// </summary>
public static class IngestionTool
{
    /// <summary>True when the command line asks for a tool rather than the service.</summary>
    public static bool Handles(IReadOnlyList<string> args) => args.Count > 0 && args[0] is "import" or "backfill";

    /// <summary>Runs the tool and returns its exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, Func<string, string?> environment, TextWriter output, TextWriter error,
        CancellationToken cancellationToken)
    {
        var arguments = ToolArguments.Parse(args, environment, out var problem);
        if (arguments is null)
        {
            await error.WriteLineAsync($"{args[0]}: {problem}\n{ToolArguments.Usage}");
            return 2;
        }
        using var client = new HttpClient { BaseAddress = arguments.Url, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Add("X-Api-Key", arguments.Key);
        var poster = new EventPoster(client, TimeProvider.System, transientAttempts: 5);
        var progress = new ProgressBar(error);
        try
        {
            var tally = arguments.Command == "import"
                ? await new EventFileImport(poster, progress).RunAsync(arguments.File!, cancellationToken)
                : await BackfillAsync(arguments, client, poster, progress, error, cancellationToken);
            tally.WriteSummary(output);
            return tally.Rejected == 0 ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or IngestRefusedException or IOException or InvalidDataException)
        {
            await error.WriteLineAsync($"\n{arguments.Command}: {exception.Message} ({arguments.Url})");
            await error.WriteLineAsync("Running the same command again is safe: events already stored come back as duplicates.");
            return 1;
        }
    }

    private static async Task<IngestTally> BackfillAsync(ToolArguments arguments, HttpClient client, EventPoster poster, ProgressBar progress,
        TextWriter error, CancellationToken cancellationToken)
    {
        var folder = DemoCatalog.Locate(arguments.DemoDirectory, Directory.GetCurrentDirectory(), AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException("no data/demo folder found: pass --demo DIR or set IOC_DEMO_DIR");
        var catalog = DemoCatalog.Load(folder);
        await catalog.UploadAsync(client, cancellationToken);
        var plan = BackfillPlan.For(arguments, await BackfillPlan.SimulatorOfAsync(client, cancellationToken), TimeProvider.System.GetUtcNow());
        await error.WriteLineAsync(plan.Describe());
        var generator = catalog.Traffic(plan.Seed, new TrafficVolume(plan.DossiersPerWorkingDay));
        return await new HistoryBackfill(poster, progress).RunAsync(generator, plan.From, plan.Until, cancellationToken);
    }
}
