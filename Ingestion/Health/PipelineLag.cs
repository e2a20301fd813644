namespace IOC.Ingestion.Health;

/// <summary>
/// How long accepted events take to reach the live figures: from a batch's commit (its <c>202</c>) to the first live
/// figures computed after the dossier projection included it (the facts follower reads the projection every 0.1 s when
/// idle, so the figure can be that much early). While batches are on their way, the oldest one's age counts too, so a stalled
/// pipeline shows a growing lag instead of the last good one.
/// </summary>
public sealed class PipelineLag(TimeProvider time)
{
    private readonly object _gate = new();
    private readonly Queue<(long Ticket, DateTimeOffset At)> _unprojected = new();
    private long _tickets;
    private DateTimeOffset? _oldestProjected;
    private TimeSpan _latest;

    /// <summary>A batch with accepted events was committed now.</summary>
    public void Accepted()
    {
        lock (_gate)
        {
            _unprojected.Enqueue((++_tickets, time.GetUtcNow()));
        }
    }

    /// <summary>Marks the batches committed so far; pass the mark to <see cref="Projected"/> once the projection has caught up.</summary>
    public long Mark()
    {
        lock (_gate)
        {
            return _tickets;
        }
    }

    /// <summary>The projection has caught up with every batch committed before <paramref name="mark"/> was taken.</summary>
    public void Projected(long mark)
    {
        lock (_gate)
        {
            while (_unprojected.TryPeek(out var batch) && batch.Ticket <= mark)
            {
                _unprojected.Dequeue();
                _oldestProjected ??= batch.At;
            }
        }
    }

    /// <summary>
    /// The projection found nothing new: every batch committed before <paramref name="mark"/> was read by an earlier
    /// pass (one that went on past its own mark), and live figures may already have been computed from it. Those batches
    /// count up to now, so the lag never waits for live figures that have come and gone.
    /// </summary>
    public void AlreadyProjected(long mark)
    {
        lock (_gate)
        {
            DateTimeOffset? oldest = null;
            while (_unprojected.TryPeek(out var batch) && batch.Ticket <= mark)
            {
                _unprojected.Dequeue();
                oldest ??= batch.At;
            }
            if (oldest is { } acceptedAt && _oldestProjected is null)
            {
                _latest = time.GetUtcNow() - acceptedAt;
            }
        }
    }

    /// <summary>Live figures were computed now: the projected batches are live.</summary>
    public void Live()
    {
        lock (_gate)
        {
            if (_oldestProjected is { } acceptedAt)
            {
                _latest = time.GetUtcNow() - acceptedAt;
                _oldestProjected = null;
            }
        }
    }

    /// <summary>The latest lag measured, or the age of the oldest batch still on its way when that is longer, in seconds.</summary>
    public double Seconds()
    {
        lock (_gate)
        {
            var oldest = _oldestProjected ?? (_unprojected.TryPeek(out var batch) ? batch.At : null);
            var waiting = oldest is { } at ? time.GetUtcNow() - at : TimeSpan.Zero;
            return (waiting > _latest ? waiting : _latest).TotalSeconds;
        }
    }
}
