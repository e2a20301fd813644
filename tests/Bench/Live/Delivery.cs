namespace IOC.Bench.Live;

/// <summary>Waiting for probes to reach their subscribers, and the time each took.</summary>
public static class Delivery
{
    /// <summary>Waits until every subscriber has seen every probe posted to the units it follows, or the time is up.</summary>
    public static async Task WaitUntilSeenAsync(IReadOnlyList<(KpiSubscriber Client, string Unit)> follows, ProbeSource source,
        TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline
            && follows.Any(f => ProbeLane.Of([f.Unit]).Any(lane => f.Client.Highest(lane) < source.Posted(lane))))
        {
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Milliseconds from each probe's POST to its arrival at each subscriber of its unit; probes a subscriber never saw
    /// are counted apart.
    /// </summary>
    public static (List<double> Milliseconds, int Missed) Latencies(IReadOnlyList<(KpiSubscriber Client, string Unit)> follows,
        IReadOnlyList<ProbeEvent> probes)
    {
        var byUnit = follows.ToLookup(f => f.Unit, f => f.Client);
        var milliseconds = new List<double>();
        var missed = 0;
        foreach (var probe in probes)
        {
            foreach (var client in byUnit[probe.Lane.Unit])
            {
                if (client.Latency(probe) is { } latency)
                {
                    milliseconds.Add(latency);
                }
                else
                {
                    missed++;
                }
            }
        }
        return milliseconds.Count > 0
            ? (milliseconds, missed)
            : throw new InvalidOperationException($"None of {probes.Count} probes reached a subscriber; see the services' logs");
    }
}
