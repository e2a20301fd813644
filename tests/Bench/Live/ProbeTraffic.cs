using System.Diagnostics;

namespace IOC.Bench.Live;

/// <summary>
/// Posts probes at a steady total rate spread evenly over units, each unit's probes one after another (a unit's k-th
/// probe is committed before its next is sent). A probe that falls behind its slot is sent at once, not skipped.
/// </summary>
public static class ProbeTraffic
{
    public static async Task<IReadOnlyList<ProbeEvent>> RunAsync(ProbeSource source, IReadOnlyList<string> units, double eventsPerSecond,
        TimeSpan duration, CancellationToken stop = default)
    {
        var perUnit = eventsPerSecond / units.Count;
        var started = Stopwatch.GetTimestamp();
        var posted = await Task.WhenAll(units.Select(async (unit, index) =>
        {
            var probes = new List<ProbeEvent>();
            // Units take turns within each interval, so the total is even rather than in bursts of one per unit.
            var offset = TimeSpan.FromSeconds(index / eventsPerSecond);
            for (var k = 0; !stop.IsCancellationRequested; k++)
            {
                var due = offset + TimeSpan.FromSeconds(k / perUnit);
                if (due >= duration)
                {
                    break;
                }
                var wait = due - Stopwatch.GetElapsedTime(started);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, CancellationToken.None);
                }
                probes.Add(await source.PostAsync(unit));
            }
            return probes;
        }));
        return posted.SelectMany(p => p).ToList();
    }
}
