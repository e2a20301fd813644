using System.Globalization;
using IOC.Analytics.Time;

namespace IOC.Ingestion.Simulator;

/// <summary>
/// The <c>traffic</c> mode of the Ingestion executable: prints what the demo generator draws in a month, without a
/// service. Exit code 0, or 2 on bad usage.
/// </summary>
public static class TrafficReportTool
{
    /// <summary>How to call it.</summary>
    public const string Usage = """
        usage: IOC.Ingestion traffic [--month YYYY-MM] [--seed S] [--per-day DOSSIERS] [--demo DIR]
        The month defaults to the last whole month, the seed to 1, the volume to 2000 dossiers a working day (as the
        simulator and backfill), --demo to IOC_DEMO_DIR (else data/demo above the current folder). Weekends are days
        off; the province's holidays are not applied.
        """;

    private static readonly string[] Options = ["month", "seed", "per-day", "demo"];

    /// <summary>True when the command line asks for the report.</summary>
    public static bool Handles(IReadOnlyList<string> args) => args.Count > 0 && args[0] == "traffic";

    /// <summary>Prints the report and returns the exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, Func<string, string?> environment, TextWriter output, TextWriter error)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || !Options.Contains(args[i][2..]) || i + 1 >= args.Count)
            {
                await error.WriteLineAsync($"traffic: unexpected '{args[i]}'\n{Usage}");
                return 2;
            }
            options[args[i][2..]] = args[i + 1];
        }
        var lastMonth = ProvinceTime.DateOf(DateTimeOffset.UtcNow).AddMonths(-1);
        var month = new DateOnly(lastMonth.Year, lastMonth.Month, 1);
        var seed = 1;
        var perDay = TrafficFigures.DossiersPerWorkingDay;
        var folder = DemoCatalog.Locate(options.GetValueOrDefault("demo") ?? environment("IOC_DEMO_DIR"), Directory.GetCurrentDirectory(),
            AppContext.BaseDirectory);
        if ((options.TryGetValue("month", out var text) && !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out month))
            || (options.TryGetValue("seed", out text) && !int.TryParse(text, CultureInfo.InvariantCulture, out seed))
            || (options.TryGetValue("per-day", out text) && (!int.TryParse(text, CultureInfo.InvariantCulture, out perDay) || perDay <= 0))
            || folder is null)
        {
            await error.WriteLineAsync($"traffic: {(folder is null ? "no data/demo folder found" : "a value is not valid")}\n{Usage}");
            return 2;
        }
        var catalog = DemoCatalog.Load(folder);
        var report = TrafficReport.Of(catalog, catalog.Traffic(seed, new TrafficVolume(perDay)), month);
        await output.WriteLineAsync(Format(report, month, seed, perDay));
        return 0;
    }

    private static string Format(TrafficReport report, DateOnly month, int seed, int perDay)
    {
        var lines = new List<string>
        {
            FormattableString.Invariant($"Demo traffic of {month:yyyy-MM} (seed {seed}, {perDay:N0} dossiers a working day)"),
            FormattableString.Invariant($"  received               {report.Received,10:N0}"),
            FormattableString.Invariant($"  refused at reception   {report.RefusedAtReception,10:N0}"),
            FormattableString.Invariant($"  online                 {report.OnlineShare,10:P1}"),
            FormattableString.Invariant($"  at communes            {report.CommuneShare,10:P1}"),
            FormattableString.Invariant($"  resolved late          {report.LateShare,10:P1}"),
            "  busiest procedures:",
        };
        lines.AddRange(report.Busiest.Select((b, i) => FormattableString.Invariant($"  {i + 1,3}. {b.Received,7:N0}  {b.Procedure.Code}  {b.Procedure.Name}")));
        return string.Join('\n', lines);
    }
}
