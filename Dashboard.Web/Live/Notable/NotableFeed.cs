namespace IOC.Dashboard.Live.Notable;

/// <summary>
/// The latest notable events of the province (at most <see cref="Capacity"/>, newest first) and the circuits watching
/// them: one feed, many tickers, each showing the events of its unit's subtree.
/// </summary>
public sealed class NotableFeed(ILogger<NotableFeed> logger)
{
    /// <summary>How many events the feed keeps; older ones are dropped. Enough that a commune's wall still finds its own.</summary>
    public const int Capacity = 200;

    private readonly Lock _lock = new();
    private readonly LinkedList<NotableEvent> _latest = new();
    private readonly List<Action<NotableEvent>> _watchers = [];

    /// <summary>How many watchers are registered.</summary>
    public int SubscriberCount
    {
        get
        {
            lock (_lock)
            {
                return _watchers.Count;
            }
        }
    }

    /// <summary>The kept events, newest first.</summary>
    public IReadOnlyList<NotableEvent> Latest
    {
        get
        {
            lock (_lock)
            {
                return [.. _latest];
            }
        }
    }

    /// <summary>
    /// Calls <paramref name="onEvent"/> with each new event until disposed. Take <see cref="Latest"/> after subscribing:
    /// the watcher is in place first, so no event falls between.
    /// </summary>
    public IDisposable Subscribe(Action<NotableEvent> onEvent)
    {
        lock (_lock)
        {
            _watchers.Add(onEvent);
        }
        return new Registration(this, onEvent);
    }

    /// <summary>Keeps the event, drops the oldest beyond <see cref="Capacity"/>, and tells every watcher.</summary>
    public void Add(NotableEvent notable)
    {
        Action<NotableEvent>[] watchers;
        lock (_lock)
        {
            _latest.AddFirst(notable);
            while (_latest.Count > Capacity)
            {
                _latest.RemoveLast();
            }
            watchers = [.. _watchers];
        }
        foreach (var watcher in watchers)
        {
            try
            {
                watcher(notable);
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "A notable-event watcher failed");
            }
        }
    }

    private void Remove(Action<NotableEvent> onEvent)
    {
        lock (_lock)
        {
            _watchers.Remove(onEvent);
        }
    }

    private sealed class Registration(NotableFeed owner, Action<NotableEvent> onEvent) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(onEvent);
            }
        }
    }
}
