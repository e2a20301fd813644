using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Influx;
using IOC.Testing;
using IOC.Testing.Servers;
using Npgsql;

namespace IOC.Bench.Live;

/// <summary>
/// Figure 8: points a second InfluxDB takes while <c>backfill --months N</c> posts generated history through the public
/// API (Ingestion's live pipeline writes <c>kpi_unit</c> samples of every unit the backfill touches), read from InfluxDB's
/// own counters (<c>SHOW STATS</c>, module <c>write</c>, <c>pointReq</c>) about once a second.
/// </summary>
public static partial class InfluxBackfillVolume
{
    public const string Part = "8. InfluxDB write volume during a backfill (backfill CLI → Ingestion → kpi_unit, kpi_flow, ioc_health)";
    private static readonly TimeSpan Sample = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Baseline = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(3);

    public static async Task RunAsync(LiveStack stack, InfluxServer influx, BenchOptions options, Figures figures)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(1) };
        var query = new InfluxQueryClient(http, new InfluxOptions { Url = influx.Url, Database = "ioc" });
        var storedBefore = await StoredPointsAsync(query);
        var clock = Stopwatch.StartNew();
        var idle = await PointRequestsAsync(query);
        await Task.Delay(Baseline);
        var samples = new List<(TimeSpan At, long Points)> { (clock.Elapsed, await PointRequestsAsync(query)) };
        var simulatorOnly = (samples[0].Points - idle) / samples[0].At.TotalSeconds;

        Progress.Say($"Backfill: {options.BackfillMonths} months of history through Ingestion, reading InfluxDB's write counters");
        var backfill = ProcessRunner.RunAsync("dotnet", Path.Combine(stack.IngestionFolder, "IOC.Ingestion.dll"), "backfill",
            "--months", options.BackfillMonths.ToString(CultureInfo.InvariantCulture),
            "--url", stack.Ingestion.Url.ToString(), "--key", LiveStack.IngestKey,
            "--demo", Path.Combine(RepositoryRoot.Path, "data", "demo"));
        while (!backfill.IsCompleted)
        {
            await Task.WhenAny(backfill, Task.Delay(Sample));
            samples.Add((clock.Elapsed, await PointRequestsAsync(query)));
        }
        var posted = clock.Elapsed - samples[0].At;
        var accepted = long.Parse(AcceptedPattern().Match(await backfill).Groups[1].Value, CultureInfo.InvariantCulture);
        // The projection and the live pipeline still work through the backlog after the last 202.
        await WaitForProjectionAsync(stack.DataSource);
        await Task.Delay(Drain);
        samples.Add((clock.Elapsed, await PointRequestsAsync(query)));

        var written = samples[^1].Points - samples[0].Points;
        var window = (samples[^1].At - samples[0].At).TotalSeconds;
        var peak = samples.Zip(samples.Skip(1), (a, b) => (b.Points - a.Points) / (b.At - a.At).TotalSeconds).Max();
        figures.Add(Part, $"backfill of {options.BackfillMonths} month(s): events accepted", accepted, "events");
        figures.Add(Part, "backfill posting rate (until the CLI exited)", accepted / posted.TotalSeconds, "events/s");
        figures.Add(Part, "points written (write.pointReq), backfill start → backlog done", written, "points");
        figures.Add(Part, "points/s over that window", written / window, "points/s");
        figures.Add(Part, "points/s, busiest sample (≈1 s)", peak, "points/s");
        figures.Add(Part, "points/s before the backfill (simulator only)", simulatorOnly, "points/s");
        figures.Add(Part, "kpi_unit points stored (count after − before)", await StoredPointsAsync(query) - storedBefore, "points");
        figures.Note("Backfill volume: InfluxDB's own counter of points asked to be written (SHOW STATS, write.pointReq), read about "
            + $"once a second from the backfill's start until the projection had caught up with the log and {Drain.TotalSeconds:0} s "
            + "more (live window, writer flush); the simulator keeps running and is counted too. Points of one unit at the same "
            + "instant overwrite each other, so fewer may be stored than written.");
    }

    private static async Task WaitForProjectionAsync(NpgsqlDataSource dataSource)
    {
        await using var last = dataSource.CreateCommand("SELECT coalesce(max(seq), 0) FROM dossier_event");
        var target = (long)(await last.ExecuteScalarAsync())!;
        await using var checkpoint = dataSource.CreateCommand(
            $"SELECT coalesce((SELECT seq FROM projection_checkpoint WHERE name = '{DossierProjection.Name}'), 0)");
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while ((long)(await checkpoint.ExecuteScalarAsync())! < target && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
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

    [GeneratedRegex(@"accepted (\d+)")]
    private static partial Regex AcceptedPattern();
}
