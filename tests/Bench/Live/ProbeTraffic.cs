using System.Diagnostics;

namespace IOC.Bench.Live;

/// <summary>
/// Posts probes at a steady total rate spread evenly over lanes, each lane's probes one after another (a lane's k-th
/// probe is committed before its next is sent). A probe that falls behind its slot is sent at once, not skipped.
/// </summary>
public static class ProbeTraffic
{
    public static async Task<IReadOnlyList<ProbeEvent>> RunAsync(ProbeSource source, IReadOnlyList<ProbeLane> lanes, double eventsPerSecond,
        TimeSpan duration, CancellationToken stop = default)
    {
        var perLane = eventsPerSecond / lanes.Count;
        var started = Stopwatch.GetTimestamp();
        var posted = await Task.WhenAll(lanes.Select(async (lane, index) =>
        {
            var probes = new List<ProbeEvent>();
            // Lanes take turns within each interval, so the total is even rather than in bursts of one per lane.
            var offset = TimeSpan.FromSeconds(index / eventsPerSecond);
            for (var k = 0; !stop.IsCancellationRequested; k++)
            {
                var due = offset + TimeSpan.FromSeconds(k / perLane);
                if (due >= duration)
                {
                    break;
                }
                var wait = due - Stopwatch.GetElapsedTime(started);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, CancellationToken.None);
                }
                probes.Add(await source.PostAsync(lane));
            }
            return probes;
        }));
        return posted.SelectMany(p => p).ToList();
    }
}
