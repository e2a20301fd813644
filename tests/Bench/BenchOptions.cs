using System.Globalization;

namespace IOC.Bench;

/// <summary>What to run: sizes of the ingest run, of the seeded province year and of the latency samples.</summary>
/// <param name="ProcedureTag">Tag InfluxDB points with the procedure too, as a per-procedure Grafana drill-down would need.</param>
public sealed record BenchOptions(int Events, int Dossiers, int KpiRequests, int InfluxQueries, bool ProcedureTag = false)
{
    public static readonly BenchOptions Default = new(Events: 400_000, Dossiers: 1_000_000, KpiRequests: 200, InfluxQueries: 10);

    public static readonly BenchOptions Quick = new(Events: 100_000, Dossiers: 100_000, KpiRequests: 100, InfluxQueries: 5);

    public const string Usage =
        "usage: ./ioc bench [--quick] [--dossiers N] [--events N] [--requests N] [--influx-queries N] [--procedure-tag]";

    /// <summary>Reads the command line; null (after printing the usage) when it cannot be read.</summary>
    public static BenchOptions? Parse(IReadOnlyList<string> args)
    {
        var options = args.Contains("--quick") ? Quick : Default;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--quick")
            {
                continue;
            }
            if (args[i] == "--procedure-tag")
            {
                options = options with { ProcedureTag = true };
                continue;
            }
            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
            {
                Console.Error.WriteLine(Usage);
                return null;
            }
            options = args[i] switch
            {
                "--dossiers" => options with { Dossiers = n },
                "--events" => options with { Events = n },
                "--requests" => options with { KpiRequests = n },
                "--influx-queries" => options with { InfluxQueries = n },
                _ => null,
            };
            if (options is null)
            {
                Console.Error.WriteLine(Usage);
                return null;
            }
            i++;
        }
        return options;
    }
}
