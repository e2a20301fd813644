using System.Diagnostics;

namespace IOC.Bench;

/// <summary>Latency percentiles of a series of timed calls, in milliseconds (nearest rank).</summary>
public sealed record Percentiles(int Count, double P50, double P95, double P99, double Max)
{
    public static Percentiles Of(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return new Percentiles(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), sorted[^1]);
    }

    /// <summary>Times <paramref name="count"/> sequential calls after <paramref name="warmup"/> untimed ones (JIT, caches).</summary>
    public static async Task<Percentiles> MeasureAsync(int count, int warmup, Func<Task> call)
    {
        for (var i = 0; i < warmup; i++)
        {
            await call();
        }
        var timings = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await call();
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return Of(timings);
    }

    private static double Rank(double[] sorted, double quantile) =>
        Math.Round(sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)], 2);
}
