using System.Diagnostics;

namespace IOC.Bench.Live;

/// <summary>
/// Figure 6: many SignalR clients (WebSockets, from the bench process) subscribed across the probe units while probes
/// flow at 100 events/s: delivery latency to every subscriber, and Dashboard.Web's CPU (/proc/PID/stat) and memory.
/// </summary>
public static class HubFanOut
{
    public const string Part = "6. Fan-out: SignalR clients subscribed across units, events at 100/s";
    private const int ConnectAtOnce = 25;

    public static async Task RunAsync(LiveStack stack, ProbeSource source, BenchOptions options, Figures figures)
    {
        var dashboard = stack.Dashboard;
        var units = LiveStack.FlowUnits;
        var residentBefore = dashboard.ResidentMiB();
        Progress.Say($"Fan-out: connecting {options.HubClients} SignalR clients over {units.Count} units");
        var clients = new List<KpiSubscriber>();
        try
        {
            var follows = new List<(KpiSubscriber Client, string Unit)>();
            var connecting = Stopwatch.StartNew();
            for (var first = 0; first < options.HubClients; first += ConnectAtOnce)
            {
                var batch = await Task.WhenAll(Enumerable.Range(first, Math.Min(ConnectAtOnce, options.HubClients - first)).Select(async i =>
                {
                    var client = await KpiSubscriber.ConnectAsync(dashboard.Url);
                    await client.SubscribeAsync(units[i % units.Count]);
                    return (Client: client, Unit: units[i % units.Count]);
                }));
                clients.AddRange(batch.Select(b => b.Client));
                follows.AddRange(batch);
            }
            figures.Add(Part, $"connecting and subscribing {options.HubClients} clients", connecting.Elapsed.TotalSeconds, "s");
            await LiveLatency.WarmUpAsync(source, follows);
            var residentConnected = dashboard.ResidentMiB();

            Progress.Say($"Fan-out: posting {BenchOptions.LiveRate} probes/s for {options.LiveSeconds} s");
            var cpuBefore = dashboard.CpuSeconds();
            var messagesBefore = clients.Sum(c => c.Messages);
            var started = Stopwatch.GetTimestamp();
            var probes = await ProbeTraffic.RunAsync(source, ProbeLane.Of(units), BenchOptions.LiveRate, TimeSpan.FromSeconds(options.LiveSeconds));
            var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var cpu = (dashboard.CpuSeconds() - cpuBefore) / elapsed;
            await Delivery.WaitUntilSeenAsync(follows, source, TimeSpan.FromSeconds(60));
            var messages = clients.Sum(c => c.Messages) - messagesBefore;

            var (latencies, missed) = Delivery.Latencies(follows, probes);
            figures.Add(Part, "SignalR clients (WebSockets), each on one of the units", options.HubClients, "clients");
            figures.Add(Part, "probe rate achieved", probes.Count / elapsed, "events/s", $"{BenchOptions.LiveRate} events/s");
            figures.Add(Part, "kpi messages delivered to the clients", messages / elapsed, "msg/s");
            figures.AddLatency(Part, $"delivery to each subscriber ({latencies.Count:N0} deliveries)", Percentiles.Of(latencies),
                p99Target: "< 1 s");
            figures.Add(Part, "deliveries never seen within 60 s", missed, "deliveries");
            figures.Add(Part, "Dashboard.Web CPU while events flow (utime+stime / wall time)", cpu * 100, "% of a core");
            figures.Add(Part, "Dashboard.Web VmRSS before the clients connected", residentBefore, "MiB");
            figures.Add(Part, "Dashboard.Web VmRSS with the clients subscribed", residentConnected, "MiB");
            figures.Add(Part, "Dashboard.Web VmRSS after the run", dashboard.ResidentMiB(), "MiB");
        }
        finally
        {
            await Task.WhenAll(clients.Select(c => c.DisposeAsync().AsTask()));
        }
    }
}
