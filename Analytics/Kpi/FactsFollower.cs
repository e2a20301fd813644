using System.Reactive.Subjects;
using IOC.Analytics.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace IOC.Analytics.Kpi;

/// <summary>
/// Keeps a <see cref="FactsIndex"/> current by following the dossier table's change sequence, and publishes each batch
/// of changed dossiers for the live pipeline.
/// </summary>
public sealed class FactsFollower(DossierStore store, FactsIndex index, TimeProvider time, ILogger<FactsFollower> logger)
    : BackgroundService, IObservable<IReadOnlyList<DossierRow>>
{
    private const int BatchSize = 50_000;
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(250);
    private readonly Subject<IReadOnlyList<DossierRow>> _changes = new();
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
            index.Apply(changes);
            _changes.OnNext(changes.Select(c => c.Row).ToList());
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
        base.Dispose();
    }
}
