using System.Diagnostics;
using System.Text.RegularExpressions;
using IOC.Analytics.Influx;
using IOC.Testing;
using IOC.Testing.Servers;

namespace IOC.Bench.Live;

/// <summary>
/// Figure 8: points a second InfluxDB takes while <c>backfill --months N</c> posts generated history through the public
/// API (Ingestion's live pipeline writes <c>kpi_unit</c> samples of every unit the backfill touches), read from InfluxDB's
/// own counters (<c>SHOW STATS</c>, module <c>write</c>, <c>pointReq</c>) once a second.
/// </summary>
public static partial class InfluxBackfillVolume
{
    public const string Part = "8. InfluxDB write volume during a backfill (backfill CLI → Ingestion → kpi_unit)";
    private static readonly TimeSpan Sample = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(LiveStack stack, InfluxServer influx, BenchOptions options, Figures figures)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(1) };
        var query = new InfluxQueryClient(http, new InfluxOptions { Url = influx.Url, Database = "ioc" });
        var storedBefore = await StoredPointsAsync(query);
        var samples = new List<(TimeSpan At, long Points)>();
        var clock = Stopwatch.StartNew();
        samples.Add((clock.Elapsed, await PointRequestsAsync(query)));

        Progress.Say($"Backfill: {options.BackfillMonths} months of history through Ingestion, reading InfluxDB's write counters");
        var backfill = ProcessRunner.RunAsync("dotnet", Path.Combine(stack.IngestionFolder, "IOC.Ingestion.dll"), "backfill",
            "--months", options.BackfillMonths.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--url", stack.Ingestion.Url.ToString(), "--key", LiveStack.IngestKey,
            "--demo", Path.Combine(RepositoryRoot.Path, "data", "demo"));
        TimeSpan? posted = null;
        // After the last POST the projection and the live pipeline still work through the backlog: sample until the counter rests.
        while (posted is null || clock.Elapsed - LastRise(samples) < Quiet)
        {
            await Task.Delay(Sample);
            samples.Add((clock.Elapsed, await PointRequestsAsync(query)));
            if (posted is null && backfill.IsCompleted)
            {
                posted = clock.Elapsed;
            }
        }
        var accepted = long.Parse(AcceptedPattern().Match(await backfill).Groups[1].Value.Replace(",", ""),
            System.Globalization.CultureInfo.InvariantCulture);

        var written = samples[^1].Points - samples[0].Points;
        var writing = LastRise(samples).TotalSeconds;
        var peak = samples.Zip(samples.Skip(1), (a, b) => (b.Points - a.Points) / (b.At - a.At).TotalSeconds).Max();
        figures.Add(Part, $"backfill of {options.BackfillMonths} month(s): events accepted", accepted, "events");
        figures.Add(Part, "backfill posting rate (until the CLI exited)", accepted / posted!.Value.TotalSeconds, "events/s");
        figures.Add(Part, "points written to InfluxDB (write.pointReq)", written, "points");
        figures.Add(Part, "points/s, backfill start → last write of its backlog", written / writing, "points/s");
        figures.Add(Part, "points/s, busiest second", peak, "points/s");
        figures.Add(Part, "kpi_unit points stored (count after − before)", await StoredPointsAsync(query) - storedBefore, "points");
        figures.Note("Backfill volume: the simulator keeps running meanwhile and its few samples are counted too; points of one "
            + "unit at the same instant overwrite each other, so fewer are stored than written.");
    }

    private static TimeSpan LastRise(List<(TimeSpan At, long Points)> samples)
    {
        for (var i = samples.Count - 1; i > 0; i--)
        {
            if (samples[i].Points > samples[i - 1].Points)
            {
                return samples[i].At;
            }
        }
        return samples[0].At;
    }

    /// <summary>Points InfluxDB has been asked to write since it started, over every database.</summary>
    private static async Task<long> PointRequestsAsync(InfluxQueryClient query)
    {
        var write = (await query.QueryAsync("SHOW STATS FOR 'write'"))[0];
        return write.Values[0][write.IndexOf("pointReq")].GetInt64();
    }

    private static async Task<long> StoredPointsAsync(InfluxQueryClient query)
    {
        var counted = await query.QueryAsync("SELECT count(received_total) FROM kpi_unit");
        return counted.Count == 0 ? 0 : counted[0].Values[0][1].GetInt64();
    }

    [GeneratedRegex(@"accepted ([\d,.]+)")]
    private static partial Regex AcceptedPattern();
}
