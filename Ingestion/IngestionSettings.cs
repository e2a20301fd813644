namespace IOC.Ingestion;

/// <summary>Settings of the ingestion service, read from the environment (README.md, "Configuration").</summary>
public sealed record IngestionSettings(string IngestApiKey, long MaxBodyBytes, int MaxConcurrentBatches)
{
    /// <summary>Reads <c>IOC_INGEST_API_KEY</c> (required) and <c>IOC_MAX_BODY_BYTES</c> and <c>IOC_MAX_CONCURRENT_BATCHES</c>.</summary>
    public static IngestionSettings From(IConfiguration configuration)
    {
        var key = configuration["IOC_INGEST_API_KEY"];
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new InvalidOperationException("IOC_INGEST_API_KEY is not set: the ingestion service needs the key sources send.");
        }
        var maxBody = long.TryParse(configuration["IOC_MAX_BODY_BYTES"], out var bytes) && bytes > 0 ? bytes : 32L * 1024 * 1024;
        var concurrency = int.TryParse(configuration["IOC_MAX_CONCURRENT_BATCHES"], out var batches) && batches > 0 ? batches : 8;
        return new IngestionSettings(key, maxBody, concurrency);
    }
}
