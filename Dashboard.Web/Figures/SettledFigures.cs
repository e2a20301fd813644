using IOC.Analytics.Time;

namespace IOC.Dashboard.Figures;

/// <summary>
/// Figures evaluated at a fixed instant (an ended period at its end, the same period before at the same time of day):
/// they change only when a change of the index touches a day they can see, even long after (a backfill, events out of
/// order). Bounded, the least recently used dropped first.
/// </summary>
internal sealed class SettledFigures(int capacity)
{
    private readonly Lock _lock = new();
    private readonly LeastRecentlyUsed<FiguresKey, object> _entries = new(capacity);
    private readonly HashSet<PendingCount> _pending = [];

    /// <summary>How many are kept.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The kept figures of the key, or those <paramref name="count"/> gives, kept unless a change came meanwhile.</summary>
    public T GetOrCount<T>(FiguresKey key, Func<T> count)
        where T : class
    {
        var evaluatedAt = key.EvaluatedAt ?? throw new ArgumentException("Settled figures are evaluated at a fixed instant", nameof(key));
        PendingCount pending;
        lock (_lock)
        {
            if (_entries.TryGet(key, out var kept))
            {
                return (T)kept;
            }
            pending = new PendingCount(evaluatedAt);
            _pending.Add(pending);
        }
        T? counted = null;
        try
        {
            counted = count();
            return counted;
        }
        finally
        {
            lock (_lock)
            {
                _pending.Remove(pending);
                if (counted is not null && !pending.Spoiled)
                {
                    _entries.Set(key, counted);
                }
            }
        }
    }

    /// <summary>
    /// Drops what a change touching these province days may have altered. A dossier counts in no figures evaluated before
    /// the start of its receipt day, and the days touched hold each changed dossier's receipt day before and after the
    /// change: figures evaluated up to the start of the earliest day stand (docs/figures.md).
    /// </summary>
    public void Touched(IReadOnlySet<DateOnly> days)
    {
        if (days.Count == 0)
        {
            return;
        }
        var cut = ProvinceTime.StartOf(days.Min()).UtcTicks;
        lock (_lock)
        {
            _entries.RemoveWhere((key, _) => key.EvaluatedAt > cut);
            foreach (var pending in _pending.Where(p => p.EvaluatedAt > cut))
            {
                pending.Spoiled = true;
            }
        }
    }
}
