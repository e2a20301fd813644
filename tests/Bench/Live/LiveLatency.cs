namespace IOC.Bench.Live;

/// <summary>
/// Figure 5: from a POST to Ingestion until the .NET SignalR client holds a <c>kpi</c> message reflecting it, with probes
/// at 100 events/s over the probe units (nobody else posts to them), while the traffic simulator runs inside Ingestion.
/// </summary>
public static class LiveLatency
{
    public const string Part = "5. Live: POST /api/v1/events → kpi message at a SignalR client (/hubs/kpi)";
    public static async Task RunAsync(LiveStack stack, ProbeSource source, BenchOptions options, Figures figures)
    {
        var units = LiveStack.FlowUnits;
        await using var client = await KpiSubscriber.ConnectAsync(stack.Dashboard.Url);
        var follows = units.Select(unit => (client, unit)).ToList();
        foreach (var unit in units)
        {
            await client.SubscribeAsync(unit);
        }
        await WarmUpAsync(source, follows);

        Progress.Say($"Live: posting {BenchOptions.LiveRate} probes/s over {units.Count} units for {options.LiveSeconds} s, one hub client");
        var otherBefore = await stack.OtherEventsAsync();
        var started = DateTime.UtcNow;
        var probes = await ProbeTraffic.RunAsync(source, ProbeLane.Of(units), BenchOptions.LiveRate, TimeSpan.FromSeconds(options.LiveSeconds));
        var elapsed = (DateTime.UtcNow - started).TotalSeconds;
        var otherAfter = await stack.OtherEventsAsync();
        await Delivery.WaitUntilSeenAsync(follows, source, TimeSpan.FromSeconds(60));

        var (latencies, missed) = Delivery.Latencies(follows, probes);
        figures.Add(Part, "probes posted (one dossier per POST)", probes.Count, "events");
        figures.Add(Part, "probe rate achieved", probes.Count / elapsed, "events/s", $"{BenchOptions.LiveRate} events/s");
        figures.Add(Part, "simulator's own events meanwhile", (otherAfter - otherBefore) / elapsed, "events/s");
        figures.AddLatency(Part, "POST → 202 (durable; part of the above)", Percentiles.Of(probes.Select(p => p.AnsweredMilliseconds).ToList()));
        figures.AddLatency(Part, "POST → kpi message", Percentiles.Of(latencies), p99Target: "< 500 ms");
        figures.Add(Part, "probes never seen within 60 s", missed, "events");
    }

    /// <summary>One probe per unit, seen by every client, before timing starts (JIT, connections, first publications).</summary>
    public static async Task WarmUpAsync(ProbeSource source, IReadOnlyList<(KpiSubscriber Client, string Unit)> follows)
    {
        foreach (var unit in follows.Select(f => f.Unit).Distinct())
        {
            await source.PostAsync(new ProbeLane(unit, ProbeLane.Channels[0]));
        }
        await Delivery.WaitUntilSeenAsync(follows, source, TimeSpan.FromSeconds(120));
    }
}
