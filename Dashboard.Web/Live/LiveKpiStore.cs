using System.Collections.Concurrent;
using System.Reactive.Concurrency;
using System.Reactive.Linq;
using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Kpi.Live;
using IOC.Analytics.Storage;

namespace IOC.Dashboard.Live;

/// <summary>
/// The latest figures of today per unit, kept by the live pipeline, and the one place pages subscribe to: many
/// circuits, one pipeline.
/// </summary>
public sealed class LiveKpiStore(
    IObservable<IReadOnlyList<DossierRow>> changes,
    FactsIndex index,
    Func<CatalogSnapshot> catalog,
    TimeProvider time,
    IScheduler scheduler,
    ILogger<LiveKpiStore> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(250);
    private readonly ConcurrentDictionary<string, UnitKpi> _latest = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _heardAt = new(StringComparer.Ordinal);
    private readonly LiveWatchers _watchers = new(logger);
    private IDisposable? _pipeline;
    private long _lastChangeTicks;

    /// <summary>When the last dossier change arrived, or null when none has since start.</summary>
    public DateTimeOffset? LastChangeAt => Interlocked.Read(ref _lastChangeTicks) is var ticks and > 0
        ? new DateTimeOffset(ticks, TimeSpan.Zero)
        : null;

    /// <summary>When the store began to hear changes: a unit not heard from since has been silent at least that long.</summary>
    public DateTimeOffset ListeningSince { get; private set; }

    /// <summary>How many watchers are registered, across all units.</summary>
    public int SubscriberCount => _watchers.Count;

    /// <summary>The catalogue the figures are computed against.</summary>
    public CatalogSnapshot Catalog => catalog();

    /// <summary>The facts every figure is counted from.</summary>
    public FactsIndex Index => index;

    /// <summary>When a dossier of the unit's subtree last changed ("last heard from"), or null.</summary>
    public DateTimeOffset? ChangedAt(string unitCode) => _heardAt.TryGetValue(unitCode, out var at) ? at : null;

    /// <summary>
    /// Calls <paramref name="onChange"/> with each new figure of today for the unit, on the pipeline's thread, until
    /// disposed. Take <see cref="Current"/> after subscribing: the watcher is in place first, so no change falls between.
    /// </summary>
    public IDisposable Subscribe(string unitCode, Action<UnitKpi> onChange) => _watchers.Add(unitCode, onChange);

    /// <summary>Today's figures of the unit: the latest published, or counted now when none has been yet.</summary>
    public UnitKpi? Current(string unitCode) => _latest.TryGetValue(unitCode, out var kpi)
        ? kpi
        : LiveKpiPipeline.Today(index, catalog(), [unitCode], time.GetUtcNow()).FirstOrDefault();

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        ListeningSince = time.GetUtcNow();
        var heard = changes.Do(Heard);
        _pipeline = LiveKpiPipeline.Create(heard, index, catalog, Window, scheduler)
            .Subscribe(Publish, error => logger.LogError(error, "The live KPI pipeline stopped"));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose() => Interlocked.Exchange(ref _pipeline, null)?.Dispose();

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
        Interlocked.Exchange(ref _lastChangeTicks, now.UtcTicks);
    }

    private void Publish(UnitKpi kpi)
    {
        _latest[kpi.Unit.Code] = kpi;
        _watchers.Notify(kpi);
    }
}
