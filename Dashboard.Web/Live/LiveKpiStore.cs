using System.Collections.Concurrent;
using System.Reactive.Disposables;
using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Kpi.Live;
using IOC.Analytics.Storage;
using IOC.Analytics.Time;

namespace IOC.Dashboard.Live;

/// <summary>
/// The latest figures of today per unit, as Ingestion publishes them into the hub (<c>/hubs/kpi</c>), and the one place
/// pages subscribe to: many circuits, one stream. When the unit is heard from comes from the dossier changes this
/// service follows itself.
/// </summary>
public sealed class LiveKpiStore(
    IObservable<KpiDocument> published,
    IObservable<IReadOnlyList<DossierRow>> changes,
    FactsIndex index,
    Func<CatalogSnapshot> catalog,
    TimeProvider time,
    ILogger<LiveKpiStore> logger) : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<string, UnitKpi> _latest = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _heardAt = new(StringComparer.Ordinal);
    private readonly LiveWatchers _watchers = new(logger);
    private IDisposable? _following;
    private long _lastChangeTicks;

    /// <summary>When the last figures arrived from the hub, or null when none has since start.</summary>
    public DateTimeOffset? LastChangeAt => Interlocked.Read(ref _lastChangeTicks) is var ticks and > 0
        ? new DateTimeOffset(ticks, TimeSpan.Zero)
        : null;

    /// <summary>When the store began to hear changes: a unit not heard from since has been silent at least that long.</summary>
    public DateTimeOffset ListeningSince { get; private set; }

    /// <summary>How many watchers are registered, across all units.</summary>
    public int SubscriberCount => _watchers.Count;

    /// <summary>The catalogue the figures are computed against.</summary>
    public CatalogSnapshot Catalog => catalog();

    /// <summary>When a dossier of the unit's subtree last changed ("last heard from"), or null.</summary>
    public DateTimeOffset? ChangedAt(string unitCode) => _heardAt.TryGetValue(unitCode, out var at) ? at : null;

    /// <summary>
    /// Calls <paramref name="onChange"/> with each new figure of today for the unit, on the pipeline's thread, until
    /// disposed. Take <see cref="Current"/> after subscribing: the watcher is in place first, so no change falls between.
    /// </summary>
    public IDisposable Subscribe(string unitCode, Action<UnitKpi> onChange) => _watchers.Add(unitCode, onChange);

    /// <summary>
    /// Today's figures of the unit: the latest published for today, or counted now from this service's own facts when
    /// none has been (since this service started, or since midnight).
    /// </summary>
    public UnitKpi? Current(string unitCode)
    {
        var now = time.GetUtcNow();
        return _latest.TryGetValue(unitCode, out var kpi) && kpi.Period.Contains(ProvinceTime.DateOf(now))
            ? kpi
            : LiveKpiPipeline.Today(index, catalog(), [unitCode], now).FirstOrDefault();
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        ListeningSince = time.GetUtcNow();
        _following = new CompositeDisposable(
            changes.Subscribe(Heard, error => logger.LogError(error, "Following dossier changes stopped")),
            published.Subscribe(Publish, error => logger.LogError(error, "Following the hub's figures stopped")));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose() => Interlocked.Exchange(ref _following, null)?.Dispose();

    private void Heard(IReadOnlyList<DossierRow> rows)
    {
        var now = time.GetUtcNow();
        var snapshot = catalog();
        foreach (var unit in rows.Select(r => r.UnitCode).Distinct(StringComparer.Ordinal))
        {
            _heardAt[unit] = now;
            foreach (var ancestor in snapshot.Ancestors(unit))
            {
                _heardAt[ancestor] = now;
            }
        }
    }

    private void Publish(KpiDocument document)
    {
        if (catalog().Unit(document.Unit) is not { } unit)
        {
            logger.LogWarning("Figures published for {Unit}, which the catalogue does not hold yet; ignored", document.Unit);
            return;
        }
        var kpi = document.ToKpi(unit);
        _latest[unit.Code] = kpi;
        Interlocked.Exchange(ref _lastChangeTicks, time.GetUtcNow().UtcTicks);
        _watchers.Notify(kpi);
    }
}
