using System.Threading.Channels;
using IOC.Analytics.Kpi;

namespace IOC.Dashboard.Hubs;

/// <summary>
/// The kpi messages waiting for one hub connection: at most the latest document of each unit it follows (drop-to-latest),
/// so however slowly the connection reads, its mailbox never holds more documents than it follows units.
/// </summary>
public sealed class SubscriberMailbox
{
    private readonly object _gate = new();
    // Each followed unit, and whether a publication for it arrived since the connection subscribed.
    private readonly Dictionary<string, bool> _followed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KpiDocument> _pending = new(StringComparer.Ordinal);
    private readonly Channel<bool> _doorbell = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
    });
    private long _superseded;

    /// <summary>How many units the connection follows.</summary>
    public int Followed
    {
        get
        {
            lock (_gate)
            {
                return _followed.Count;
            }
        }
    }

    /// <summary>Documents replaced by a newer one of the same unit before they were sent.</summary>
    public long Superseded => Interlocked.Read(ref _superseded);

    /// <summary>Starts (or restarts) following a unit: publications are kept from now on, and a snapshot may be offered.</summary>
    public void Follow(string unitCode)
    {
        lock (_gate)
        {
            _followed[unitCode] = false;
        }
    }

    /// <summary>Stops following a unit and drops what waits for it.</summary>
    public void Unfollow(string unitCode)
    {
        lock (_gate)
        {
            _followed.Remove(unitCode);
            _pending.Remove(unitCode);
        }
    }

    /// <summary>Keeps a published document when the unit is followed, replacing one still waiting.</summary>
    public void Deliver(KpiDocument document)
    {
        lock (_gate)
        {
            if (!_followed.ContainsKey(document.Unit))
            {
                return;
            }
            _followed[document.Unit] = true;
            if (!_pending.TryAdd(document.Unit, document))
            {
                _pending[document.Unit] = document;
                Interlocked.Increment(ref _superseded);
            }
        }
        _doorbell.Writer.TryWrite(true);
    }

    /// <summary>
    /// Keeps the subscription's first document (the unit's current state), unless a publication arrived since
    /// <see cref="Follow"/>: that one is at least as new and is sent instead, so a change is never followed by an older state.
    /// </summary>
    public void Offer(KpiDocument snapshot)
    {
        lock (_gate)
        {
            if (!_followed.TryGetValue(snapshot.Unit, out var published) || published)
            {
                return;
            }
            _pending.TryAdd(snapshot.Unit, snapshot);
        }
        _doorbell.Writer.TryWrite(true);
    }

    /// <summary>Takes every waiting document.</summary>
    public IReadOnlyList<KpiDocument> TakeAll()
    {
        lock (_gate)
        {
            var taken = _pending.Values.ToList();
            _pending.Clear();
            return taken;
        }
    }

    /// <summary>Waits until something may be waiting; false once the mailbox is closed.</summary>
    public async ValueTask<bool> WaitAsync(CancellationToken cancellationToken)
    {
        if (!await _doorbell.Reader.WaitToReadAsync(cancellationToken))
        {
            return false;
        }
        _doorbell.Reader.TryRead(out _);
        return true;
    }

    /// <summary>Ends <see cref="WaitAsync"/> for good.</summary>
    public void Close() => _doorbell.Writer.TryComplete();
}
