namespace IOC.Analytics.Influx;

/// <summary>How long to wait before retrying a batch: exponential backoff with jitter, or what the server asked for.</summary>
internal sealed class RetryDelay(TimeSpan initial, TimeSpan max, Func<double> nextUnitRandom)
{
    /// <param name="failures">Consecutive failed attempts of this batch, from 1.</param>
    /// <param name="retryAfter">The server's <c>Retry-After</c>, if it sent one.</param>
    public TimeSpan Next(int failures, TimeSpan? retryAfter)
    {
        if (retryAfter is { } asked)
        {
            // The cap still applies so one answer cannot park the writer for hours.
            return asked < TimeSpan.Zero ? TimeSpan.Zero : asked > max ? max : asked;
        }
        var exponent = Math.Min(failures - 1, 30);
        var ceiling = Math.Min(initial.Ticks * Math.Pow(2, exponent), max.Ticks);
        // Half fixed, half random: writers that failed together do not all come back at the same instant.
        return TimeSpan.FromTicks((long)(ceiling / 2 + ceiling / 2 * nextUnitRandom()));
    }
}
