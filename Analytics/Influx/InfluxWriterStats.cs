namespace IOC.Analytics.Influx;

/// <summary>A snapshot of an <see cref="InfluxWriter"/>'s counters since it was created.</summary>
/// <param name="Buffered">Points accepted by <c>TryWrite</c>/<c>WriteAsync</c>.</param>
/// <param name="Written">Points InfluxDB acknowledged.</param>
/// <param name="Rejected">
/// Points InfluxDB refused with a 4xx answer other than 429 (for a partial write, the <c>dropped=N</c> it reports; otherwise the
/// whole batch). They are not retried: resending them would be refused again.
/// </param>
/// <param name="Retries">Failed attempts that were retried (network error, timeout, 408, 429, 5xx).</param>
/// <param name="BufferDepth">Points accepted but neither written nor rejected yet: queued, or in a batch being sent or retried.</param>
/// <param name="LastRejection">The server's message for the latest rejected batch, if any.</param>
/// <param name="LastFailure">The latest reason an attempt was retried, if any.</param>
public sealed record InfluxWriterStats(
    long Buffered,
    long Written,
    long Rejected,
    long Retries,
    long BufferDepth,
    string? LastRejection,
    string? LastFailure);
