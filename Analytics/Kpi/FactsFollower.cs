using System.Reactive.Subjects;
using IOC.Analytics.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace IOC.Analytics.Kpi;

/// <summary>
/// Keeps a <see cref="FactsIndex"/> current by following the dossier table's change sequence, and publishes each batch
/// of changed dossiers for the live pipeline, and the province days whose flows each batch touched.
/// </summary>
public sealed class FactsFollower(DossierStore store, FactsIndex index, TimeProvider time, ILogger<FactsFollower> logger)
    : BackgroundService, IObservable<IReadOnlyList<DossierRow>>
{
    private const int BatchSize = 50_000;
    // A change waits at most this long to be seen; an idle poll is one indexed query.
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(100);
    private readonly Subject<IReadOnlyList<DossierRow>> _changes = new();
    private readonly Subject<IReadOnlySet<DateOnly>> _flowDays = new();
    private volatile bool _loaded;

    /// <summary>
    /// The province days whose flows a batch of changes touched (each changed dossier's receipt and closure days, before
    /// and after the change), once the first catch-up has loaded the table: what was stored before this process started
    /// is the starting state, not a change.
    /// </summary>
    public IObservable<IReadOnlySet<DateOnly>> FlowDaysChanged => _flowDays;

    /// <summary>True once the first catch-up has loaded the dossier table.</summary>
    public bool Loaded => _loaded;

    /// <inheritdoc />
    public IDisposable Subscribe(IObserver<IReadOnlyList<DossierRow>> observer) => _changes.Subscribe(observer);

    /// <summary>Reads and applies whatever changed since the last call; returns how many dossiers changed.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var changes = await store.ReadChangesAsync(index.LastChange, BatchSize, cancellationToken);
            if (changes.Count == 0)
            {
                return total;
            }
            var days = index.Apply(changes);
            _changes.OnNext(changes.Select(c => c.Row).ToList());
            if (_loaded && days.Count > 0)
            {
                _flowDays.OnNext(days);
            }
            total += changes.Count;
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CatchUpAsync(stoppingToken);
                _loaded = true;
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                logger.LogWarning("Cannot read dossier changes ({Message}); retrying", exception.Message);
            }
            await Task.Delay(Idle, time, stoppingToken);
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _changes.Dispose();
        _flowDays.Dispose();
        base.Dispose();
    }
}
