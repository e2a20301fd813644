using System.Globalization;

namespace IOC.Ingestion.Reexport;

/// <summary>The parsed command line of <c>reexport --from YYYY-MM-DD --to YYYY-MM-DD</c>.</summary>
public sealed record ReexportArguments(DateOnly From, DateOnly To)
{
    /// <summary>How to call the tool.</summary>
    public const string Usage = """
        usage: IOC.Ingestion reexport --from YYYY-MM-DD --to YYYY-MM-DD
        Rebuilds kpi_flow and the end-of-day kpi_unit points of those province days from PostgreSQL (IOC_PG) in InfluxDB
        (IOC_INFLUX_URL, IOC_INFLUX_DB); both dates included.
        """;

    /// <summary>The arguments, or null with the reason they are not usable.</summary>
    public static ReexportArguments? Parse(IReadOnlyList<string> args, out string? problem)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i += 2)
        {
            if (args[i] is not ("--from" or "--to"))
            {
                problem = $"unknown argument '{args[i]}'";
                return null;
            }
            if (i + 1 >= args.Count)
            {
                problem = $"{args[i]} needs a date";
                return null;
            }
            options[args[i][2..]] = args[i + 1];
        }
        var fromRead = TryDate(options, "from", out var from);
        var toRead = TryDate(options, "to", out var to);
        problem = !fromRead || !toRead ? "reexport needs --from and --to as YYYY-MM-DD"
            : from > to ? $"--from {from:yyyy-MM-dd} is after --to {to:yyyy-MM-dd}"
            : null;
        return problem is null ? new ReexportArguments(from, to) : null;
    }

    /// <summary>Every day from <see cref="From"/> to <see cref="To"/>.</summary>
    public IReadOnlySet<DateOnly> Days() =>
        Enumerable.Range(0, To.DayNumber - From.DayNumber + 1).Select(From.AddDays).ToHashSet();

    private static bool TryDate(Dictionary<string, string> options, string name, out DateOnly date)
    {
        date = default;
        return options.TryGetValue(name, out var text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
