using IOC.Analytics.Kpi;

namespace IOC.Ingestion.Live;

/// <summary>
/// Drop-to-latest buffer: while the dashboard cannot be reached, only each unit's newest document is kept, so the
/// buffer is bounded by the number of units and a reconnect sends the current state, not a backlog.
/// </summary>
public sealed class LatestPerUnit
{
    private readonly object _gate = new();
    private readonly SemaphoreSlim _arrived = new(0, 1);
    private Dictionary<string, KpiDocument> _pending = new(StringComparer.Ordinal);

    /// <summary>How many units have a document waiting.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>Keeps the document, replacing one of the same unit unless that one is newer (<see cref="KpiDocument.AsOf"/>).</summary>
    public void Put(KpiDocument document)
    {
        lock (_gate)
        {
            if (_pending.TryGetValue(document.Unit, out var held) && held.AsOf > document.AsOf)
            {
                return;
            }
            _pending[document.Unit] = document;
            if (_arrived.CurrentCount == 0)
            {
                _arrived.Release();
            }
        }
    }

    /// <summary>Waits until a document has been put since the last wait, or <paramref name="timeout"/> passed.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _arrived.WaitAsync(timeout, cancellationToken);

    /// <summary>Takes every waiting document.</summary>
    public IReadOnlyList<KpiDocument> TakeAll()
    {
        lock (_gate)
        {
            var taken = _pending.Values.ToList();
            _pending = new Dictionary<string, KpiDocument>(StringComparer.Ordinal);
            return taken;
        }
    }

    /// <summary>Puts documents back after a failed send, unless a newer one arrived meanwhile.</summary>
    public void Return(IEnumerable<KpiDocument> documents)
    {
        lock (_gate)
        {
            foreach (var document in documents)
            {
                _pending.TryAdd(document.Unit, document);
            }
        }
    }
}
