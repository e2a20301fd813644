namespace IOC.Ingestion.Import;

/// <summary>Gathers events into batches of a fixed size, posts each full batch and adds its answer to the tally.</summary>
internal sealed class BatchedSend(EventPoster poster, IngestTally tally, int batchSize)
{
    private readonly List<string> _events = new(batchSize);
    private readonly List<SourcePosition> _origins = new(batchSize);

    /// <summary>Events the service has answered for.</summary>
    public long Sent { get; private set; }

    public async Task AddAsync(SourcePosition origin, string json, CancellationToken cancellationToken)
    {
        _events.Add(json);
        _origins.Add(origin);
        if (_events.Count >= batchSize)
        {
            await FlushAsync(cancellationToken);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_events.Count == 0)
        {
            return;
        }
        tally.Add(await poster.PostAsync(_events, cancellationToken), _origins);
        Sent += _events.Count;
        _events.Clear();
        _origins.Clear();
    }
}
