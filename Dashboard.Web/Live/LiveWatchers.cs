using IOC.Analytics.Kpi;

namespace IOC.Dashboard.Live;

/// <summary>The callbacks registered per unit; a failing callback is logged and never stops the others.</summary>
internal sealed class LiveWatchers(ILogger logger)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<Action<UnitKpi>>> _byUnit = new(StringComparer.Ordinal);
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public IDisposable Add(string unitCode, Action<UnitKpi> onChange)
    {
        lock (_lock)
        {
            if (!_byUnit.TryGetValue(unitCode, out var list))
            {
                _byUnit[unitCode] = list = [];
            }
            list.Add(onChange);
            _count++;
        }
        return new Registration(this, unitCode, onChange);
    }

    public void Notify(UnitKpi kpi)
    {
        Action<UnitKpi>[] watchers;
        lock (_lock)
        {
            watchers = _byUnit.TryGetValue(kpi.Unit.Code, out var list) ? [.. list] : [];
        }
        foreach (var watcher in watchers)
        {
            try
            {
                watcher(kpi);
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "A live KPI watcher of {Unit} failed", kpi.Unit.Code);
            }
        }
    }

    private void Remove(string unitCode, Action<UnitKpi> onChange)
    {
        lock (_lock)
        {
            if (_byUnit.TryGetValue(unitCode, out var list) && list.Remove(onChange))
            {
                _count--;
                if (list.Count == 0)
                {
                    _byUnit.Remove(unitCode);
                }
            }
        }
    }

    private sealed class Registration(LiveWatchers owner, string unitCode, Action<UnitKpi> onChange) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(unitCode, onChange);
            }
        }
    }
}
