using System.Globalization;

namespace IOC.Bench;

/// <summary>What to run: sizes of the ingest run, of the seeded province year and of the latency samples.</summary>
/// <param name="ProcedureTag">Tag InfluxDB points with the procedure too, as a per-procedure Grafana drill-down would need.</param>
/// <param name="LiveOnly">Run only the live sections (hub latency, fan-out, wall circuits, backfill volume, walls on a year): <c>--only live</c>.</param>
/// <param name="WallsOnly">Run only the last live section, walls on a year of dossiers: <c>--only walls</c>.</param>
/// <param name="LiveSeconds">How long each live section lets events flow at <see cref="LiveRate"/>.</param>
/// <param name="HubClients">SignalR clients of the fan-out section.</param>
/// <param name="WallPages">Wall pages (Blazor circuits) opened in one Chromium for the memory per circuit.</param>
/// <param name="BackfillMonths">Months of history <c>backfill</c> posts while InfluxDB's write counters are read.</param>
/// <param name="ReadsOnly">Run only the reads of a seeded year (sections 2, 2b and 3): <c>--only reads</c>.</param>
public sealed record BenchOptions(int Events, int Dossiers, int KpiRequests, int InfluxQueries, bool ProcedureTag = false,
    bool LiveOnly = false, int LiveSeconds = 30, int HubClients = 500, int WallPages = 50, int BackfillMonths = 12, bool WallsOnly = false,
    bool ReadsOnly = false)
{
    /// <summary>Events a second posted during the live sections, as the live figures are stated.</summary>
    public const int LiveRate = 100;

    public static readonly BenchOptions Default = new(Events: 400_000, Dossiers: 1_000_000, KpiRequests: 200, InfluxQueries: 10);

    public static readonly BenchOptions Quick = new(Events: 100_000, Dossiers: 100_000, KpiRequests: 100, InfluxQueries: 5,
        LiveSeconds: 15, BackfillMonths: 1);

    public const string Usage =
        "usage: ./ioc bench [--quick] [--only live|walls|reads] [--dossiers N] [--events N] [--requests N] [--influx-queries N] [--procedure-tag]"
        + " [--live-seconds N] [--hub-clients N] [--wall-pages N] [--backfill-months N]";

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
            if (args[i] == "--only" && i + 1 < args.Count && args[i + 1] == "reads")
            {
                options = options with { ReadsOnly = true };
                i++;
                continue;
            }
            if (args[i] == "--only" && i + 1 < args.Count && args[i + 1] is "live" or "walls")
            {
                options = options with { LiveOnly = true, WallsOnly = args[i + 1] == "walls" };
                i++;
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
                "--live-seconds" => options with { LiveSeconds = n },
                "--hub-clients" => options with { HubClients = n },
                "--wall-pages" => options with { WallPages = n },
                "--backfill-months" => options with { BackfillMonths = n },
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
