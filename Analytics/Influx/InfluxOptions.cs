namespace IOC.Analytics.Influx;

/// <summary>Where and how the InfluxDB client writes and queries (v1 endpoints <c>/write</c>, <c>/query</c>, <c>/ping</c>).</summary>
public sealed record InfluxOptions
{
    /// <summary>Base URL of the server, e.g. <c>http://127.0.0.1:18086</c>; a path prefix (reverse proxy) is kept.</summary>
    public required Uri Url { get; init; }

    /// <summary>Database written to and queried by default.</summary>
    public required string Database { get; init; }

    /// <summary>Retention policy written to; <see langword="null"/> means the database's default policy.</summary>
    public string? RetentionPolicy { get; init; }

    /// <summary>Most points in one <c>/write</c> request (InfluxData recommends 5,000).</summary>
    public int BatchSize { get; init; } = 5_000;

    /// <summary>Longest a buffered point waits for its batch to fill before it is sent anyway.</summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Points the writer holds in its queue before <c>WriteAsync</c> waits and <c>TryWrite</c> refuses.</summary>
    public int BufferCapacity { get; init; } = 100_000;

    /// <summary>Delay before the first retry of a failed batch; it doubles (with jitter) on every further failure.</summary>
    public TimeSpan InitialRetryDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Longest wait between two attempts, also the cap on a server's <c>Retry-After</c>.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long disposing the writer keeps trying to write what is still buffered.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(10);

    internal void Validate()
    {
        if (!Url.IsAbsoluteUri)
        {
            throw new ArgumentException($"InfluxDB URL must be absolute: {Url}", nameof(Url));
        }
        ArgumentException.ThrowIfNullOrWhiteSpace(Database);
        if (RetentionPolicy is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(RetentionPolicy);
        }
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(BatchSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(BufferCapacity);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(FlushInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(InitialRetryDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRetryDelay, InitialRetryDelay);
        ArgumentOutOfRangeException.ThrowIfLessThan(ShutdownTimeout, TimeSpan.Zero);
    }
}
