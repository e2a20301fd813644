using IOC.Analytics.Calendar;
using IOC.Analytics.Kpi;
using IOC.Analytics.Storage;

namespace IOC.Dashboard.Live.Notable;

/// <summary>
/// Runs the notable-event rules: late resolutions and surges on the dossier changes, threshold crossings on the live
/// figures of every unit heard from; what they find goes to the <see cref="NotableFeed"/>.
/// </summary>
public sealed class NotableWatcher : IHostedService, IDisposable
{
    private readonly LiveKpiStore _store;
    private readonly NotableFeed _feed;
    private readonly TimeProvider _time;
    private readonly ILogger<NotableWatcher> _logger;
    private readonly LateResolutionRule _late;
    private readonly SurgeRule _surges = new();
    private readonly ThresholdRule _thresholds;
    private readonly Lock _changesLock = new();
    private readonly Lock _figuresLock = new();
    private readonly Dictionary<string, IDisposable> _watchedUnits = new(StringComparer.Ordinal);
    private readonly IDisposable _changes;

    /// <summary>
    /// Subscribes to the changes at once: the host builds every hosted service before it starts any, so the follower's
    /// start-up replay (the receipts the surge rule needs as history) cannot pass before the watcher is in place.
    /// </summary>
    public NotableWatcher(IObservable<IReadOnlyList<DossierRow>> changes, LiveKpiStore store, NotableFeed feed, Func<KpiTargets> targets,
        Func<IWorkingCalendar> calendar, TimeProvider time, ILogger<NotableWatcher> logger)
    {
        _late = new LateResolutionRule(calendar);
        _store = store;
        _feed = feed;
        _time = time;
        _logger = logger;
        _thresholds = new ThresholdRule(targets);
        _changes = changes.Subscribe(OnChanges);
    }

    /// <summary>How many units' figures are watched for threshold crossings.</summary>
    public int WatchedUnitCount
    {
        get
        {
            lock (_changesLock)
            {
                return _watchedUnits.Count;
            }
        }
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _changes.Dispose();
        lock (_changesLock)
        {
            foreach (var watch in _watchedUnits.Values)
            {
                watch.Dispose();
            }
            _watchedUnits.Clear();
        }
    }

    // Runs on the follower's thread: a failure here must never stop the follower, only this batch's events.
    private void OnChanges(IReadOnlyList<DossierRow> rows)
    {
        try
        {
            List<NotableEvent> found;
            lock (_changesLock)
            {
                var now = _time.GetUtcNow();
                var catalog = _store.Catalog;
                found = [.. _late.Find(rows, catalog, now), .. _surges.Find(rows, catalog, now)];
                foreach (var unit in rows.Select(r => r.UnitCode).Distinct(StringComparer.Ordinal).SelectMany(u => catalog.Ancestors(u).Prepend(u)))
                {
                    if (!_watchedUnits.ContainsKey(unit))
                    {
                        _watchedUnits[unit] = _store.Subscribe(unit, OnFigures);
                    }
                }
            }
            found.ForEach(_feed.Add);
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Notable events of a batch of {Count} dossier changes were not detected", rows.Count);
        }
    }

    private void OnFigures(UnitKpi kpi)
    {
        IReadOnlyList<ThresholdCrossing> crossings;
        lock (_figuresLock)
        {
            crossings = _thresholds.Judge(kpi, _time.GetUtcNow());
        }
        foreach (var crossing in crossings)
        {
            _feed.Add(crossing);
        }
    }
}
