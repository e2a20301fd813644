using System.Globalization;

namespace IOC.Ingestion.Import;

/// <summary>The parsed command line of <c>import</c> and <c>backfill</c>, with defaults from the environment.</summary>
public sealed record ToolArguments(string Command, string? File, int Months, int? Seed, int? PerDay, Uri Url, string Key, string? DemoDirectory)
{
    /// <summary>How to call the tools.</summary>
    public const string Usage = """
        usage: IOC.Ingestion import FILE [--url URL] [--key KEY]
               IOC.Ingestion backfill --months N [--seed S] [--per-day DOSSIERS] [--demo DIR] [--url URL] [--key KEY]
        FILE is NDJSON (one event per line) or, when it ends in .csv, CSV with the contract's field names as header.
        --url defaults to IOC_INGESTION_URL (else http://127.0.0.1:5081), --key to IOC_INGEST_API_KEY, --demo to
        IOC_DEMO_DIR (else data/demo above the current folder). --seed and --per-day default to those of the service's
        running simulator, else 1 and 2000 dossiers a working day; with a simulator on, the history ends where its live
        traffic began.
        """;

    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["import"] = ["url", "key"],
        ["backfill"] = ["months", "seed", "per-day", "demo", "url", "key"],
    };

    /// <summary>The arguments, or null with the reason they are not usable.</summary>
    public static ToolArguments? Parse(IReadOnlyList<string> args, Func<string, string?> environment, out string? problem)
    {
        var command = args[0];
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<string>();
        for (var i = 1; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                files.Add(args[i]);
            }
            else if (i + 1 < args.Count)
            {
                options[args[i][2..]] = args[++i];
            }
            else
            {
                problem = $"{args[i]} needs a value";
                return null;
            }
        }
        var key = Option(options, "key") ?? environment("IOC_INGEST_API_KEY");
        var url = Option(options, "url") ?? environment("IOC_INGESTION_URL");
        var monthsRead = TryNumber(options, "months", out var months);
        var seedRead = TryNumber(options, "seed", out var seed);
        var perDayRead = TryNumber(options, "per-day", out var perDay);
        problem = options.Keys.FirstOrDefault(k => !Allowed[command].Contains(k)) is { } unknown ? $"unknown option --{unknown} for {command}"
            : command == "import" && files.Count != 1 ? "import takes exactly one FILE"
            : command == "backfill" && files.Count != 0 ? $"backfill takes no FILE (got '{files[0]}')"
            : command == "backfill" && (!monthsRead || months is null or < 1) ? "backfill needs --months N, N ≥ 1"
            : !seedRead ? "--seed must be a whole number"
            : !perDayRead || perDay <= 0 ? "--per-day must be a positive whole number"
            : string.IsNullOrWhiteSpace(key) ? "no API key: pass --key or set IOC_INGEST_API_KEY"
            : null;
        return problem is null
            ? new ToolArguments(command, files.FirstOrDefault(), months ?? 0, seed, perDay,
                IngestionAddress.From(url), key!,
                Option(options, "demo") ?? environment("IOC_DEMO_DIR"))
            : null;
    }

    private static string? Option(Dictionary<string, string> options, string name) => options.GetValueOrDefault(name);

    // True when the option is absent (value null) or a whole number.
    private static bool TryNumber(Dictionary<string, string> options, string name, out int? value)
    {
        value = null;
        if (!options.TryGetValue(name, out var text))
        {
            return true;
        }
        var read = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number);
        value = number;
        return read;
    }
}
