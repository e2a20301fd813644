using System.Diagnostics;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Influx;
using IOC.Testing.Servers;

namespace IOC.Bench;

/// <summary>
/// Figure 3: the same year's figures computed the way a Grafana-on-InfluxDB set-up would, from one point per dossier
/// event, and how many points a second InfluxDB takes through IOC's own writer.
/// </summary>
public static class InfluxComparison
{
    private const string Part = "3. The same figures from InfluxDB (one point per event, InfluxQL as Grafana would send it)";
    private const string Measurement = "dossier_event";
    private const int Chunk = 50_000;
    private const int Warmup = 1;
    private const string Year = "time >= '2026-01-01T00:00:00+07:00' AND time < '2027-01-01T00:00:00+07:00'";

    private static readonly string ReceivedByChannel =
        $"SELECT count(n) FROM {Measurement} WHERE type = '{DossierEventType.Received}' AND {Year} GROUP BY channel";

    private static readonly string ResolvedByTimeliness =
        $"SELECT count(n) FROM {Measurement} WHERE type = '{DossierEventType.Resolved}' AND {Year} GROUP BY timeliness";

    public static async Task RunAsync(InfluxServer influx, DossierGenerator generator, BenchOptions options, ProvinceYear ioc,
        Figures figures)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        var settings = new InfluxOptions { Url = influx.Url, Database = "ioc_bench" };
        var query = new InfluxQueryClient(http, settings);
        await query.CreateDatabaseAsync(settings.Database);

        var (points, writing) = await WriteAsync(http, settings, generator, options);
        figures.Add(Part, $"points written (InfluxWriter, batches of {settings.BatchSize:N0})", points / writing.TotalSeconds, "points/s");
        figures.Add(Part, "points for the year's dossiers", points, "points");
        var cardinality = await query.QueryAsync("SHOW SERIES CARDINALITY");
        figures.Add(Part, "series (estimated cardinality)", cardinality[0].GetInt64(0, cardinality[0].Columns[0]) ?? 0, "series");
        figures.Note($"InfluxDB tags: unit, {(options.ProcedureTag ? "procedure, " : "")}channel, type, timeliness"
            + (options.ProcedureTag ? "." : " (--procedure-tag adds procedure, which multiplies the series and the query times)."));

        Progress.Say($"InfluxDB: timing {options.InfluxQueries} runs of the two InfluxQL queries");
        var (received, resolved, both) = await TimeQueriesAsync(query, options.InfluxQueries);
        figures.AddLatency(Part, "received by channel", received);
        figures.AddLatency(Part, "resolved by timeliness", resolved);
        figures.AddLatency(Part, "both queries (the figures IOC gives in one answer)", both);
        figures.Add(Part, "InfluxQL p50 (both) / IOC province p50", both.P50 / ioc.Latency.P50, "×");

        var byChannel = Counts(await query.QueryAsync(ReceivedByChannel), "channel");
        var byTimeliness = Counts(await query.QueryAsync(ResolvedByTimeliness), "timeliness");
        var agree = Same(byChannel, ioc.ReceivedByChannel) && Same(byTimeliness, ioc.ResolvedByTimeliness);
        figures.Note(agree
            ? "InfluxQL counts equal IOC's for the year (received by channel, resolved by timeliness)."
            : $"InfluxQL counts DIFFER from IOC's: InfluxDB {Show(byChannel)} {Show(byTimeliness)}; IOC {Show(ioc.ReceivedByChannel)} {Show(ioc.ResolvedByTimeliness)}");
    }

    /// <summary>Writes the points chunk by chunk; only the time the writer works is counted, not building the points.</summary>
    private static async Task<(long Points, TimeSpan Writing)> WriteAsync(HttpClient http, InfluxOptions settings,
        DossierGenerator generator, BenchOptions options)
    {
        var dossiers = options.Dossiers;
        await using var writer = new InfluxWriter(http, settings);
        var writing = TimeSpan.Zero;
        for (var first = 0; first < dossiers; first += Chunk)
        {
            var points = generator.Chunk(first, Math.Min(Chunk, dossiers - first))
                .SelectMany(d => PointsOf(d, options.ProcedureTag)).ToList();
            var started = Stopwatch.GetTimestamp();
            foreach (var point in points)
            {
                await writer.WriteAsync(point);
            }
            await writer.FlushAsync();
            writing += Stopwatch.GetElapsedTime(started);
            Progress.Say($"InfluxDB: wrote the points of {Math.Min(first + Chunk, dossiers):N0} of {dossiers:N0} dossiers");
        }
        var stats = writer.GetStats();
        if (stats.Rejected > 0)
        {
            throw new InvalidOperationException($"InfluxDB refused {stats.Rejected} points: {stats.LastRejection}");
        }
        return (stats.Written, writing);
    }

    private static IEnumerable<Point> PointsOf(SyntheticDossier d, bool procedureTag)
    {
        Point Event(DateTimeOffset at, string type) => new Point(Measurement, at).Tag("unit", d.UnitCode)
            .Tag("procedure", procedureTag ? d.ProcedureCode : null).Tag("type", type).Field("n", 1L);

        if (d.RefusedAtReception)
        {
            yield return Event(d.ReceivedAt, DossierEventType.Refused);
            yield break;
        }
        yield return Event(d.ReceivedAt, DossierEventType.Received).Tag("channel", d.Channel);
        if (d.ClosedAt is { } closedAt)
        {
            yield return Event(closedAt, d.ClosingEventType!).Tag("channel", d.Channel).Tag("timeliness", TimelinessTag(d.Timeliness));
        }
    }

    // The names IOC's KPI document uses, so the two answers compare key by key.
    private static string? TimelinessTag(Timeliness? timeliness) => timeliness switch
    {
        Timeliness.Early => "early",
        Timeliness.OnTime => "onTime",
        Timeliness.Late => "late",
        _ => null,
    };

    private static async Task<(Percentiles Received, Percentiles Resolved, Percentiles Both)> TimeQueriesAsync(InfluxQueryClient query,
        int runs)
    {
        var received = new List<double>();
        var resolved = new List<double>();
        for (var run = -Warmup; run < runs; run++)
        {
            var started = Stopwatch.GetTimestamp();
            await query.QueryAsync(ReceivedByChannel);
            var first = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            await query.QueryAsync(ResolvedByTimeliness);
            var second = Stopwatch.GetElapsedTime(started).TotalMilliseconds - first;
            if (run >= 0)
            {
                received.Add(first);
                resolved.Add(second);
            }
        }
        return (Percentiles.Of(received), Percentiles.Of(resolved), Percentiles.Of(received.Zip(resolved, (a, b) => a + b).ToList()));
    }

    private static Dictionary<string, long> Counts(IReadOnlyList<InfluxSeries> series, string tag) =>
        series.ToDictionary(s => s.Tags[tag], s => s.GetInt64(0, "count") ?? 0);

    private static bool Same(IReadOnlyDictionary<string, long> influx, IReadOnlyDictionary<string, long> ioc) =>
        ioc.All(pair => influx.GetValueOrDefault(pair.Key) == pair.Value) && influx.Keys.All(ioc.ContainsKey);

    private static string Show(IReadOnlyDictionary<string, long> counts) =>
        string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}"));
}
