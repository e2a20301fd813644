using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Storage;
using IOC.Ingestion.Ingest;
using Npgsql;

namespace IOC.Ingestion.Projection;

/// <summary>
/// Folds the event log into dossier state. It reads events after its checkpoint, re-folds every dossier they touch from
/// all of that dossier's events (so arrival order never matters), and writes the new states together with the new
/// checkpoint in one transaction: a crash anywhere, kill -9 included, replays at most one batch, and re-folding is
/// idempotent, so nothing is lost or counted twice.
/// </summary>
public sealed class DossierProjector(
    NpgsqlDataSource dataSource,
    EventLog log,
    DossierStore store,
    CatalogCache catalog,
    LogNotifier notifier,
    ILogger<DossierProjector> logger) : BackgroundService
{
    /// <summary>The checkpoint name of this projection.</summary>
    public const string Name = "dossier";

    private const int BatchSize = 20_000;
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(1);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await new SchemaMigrator(dataSource).WaitForVersionAsync(SchemaMigrator.RequiredVersion, TimeSpan.FromMilliseconds(200), stoppingToken);
        WorkingCalendar? calendar = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                calendar ??= await LoadCalendarAsync(stoppingToken);
                if (await ProjectBatchAsync(calendar, stoppingToken) == 0)
                {
                    await notifier.WaitAsync(Idle, stoppingToken);
                }
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                logger.LogWarning("Projection paused: PostgreSQL unavailable ({Message})", exception.Message);
                await Task.Delay(Idle, stoppingToken);
            }
        }
    }

    /// <summary>Projects the next batch of the log; returns how many events it covered.</summary>
    public async Task<int> ProjectBatchAsync(IWorkingCalendar calendar, CancellationToken cancellationToken)
    {
        var checkpoint = await store.CheckpointAsync(Name, cancellationToken);
        var events = await log.ReadAfterAsync(checkpoint, BatchSize, cancellationToken);
        if (events.Count == 0)
        {
            return 0;
        }
        var codes = events.Select(e => e.Event.DossierCode).Distinct(StringComparer.Ordinal).ToList();
        var history = await log.ReadDossiersAsync(codes, cancellationToken);
        var snapshot = await catalog.FreshEnoughAsync(missed: false, cancellationToken);
        var rows = history.GroupBy(e => e.Event.DossierCode, StringComparer.Ordinal)
            .Select(g => DossierRows.From(DossierFold.Fold(g.Select(e => e.Event).ToList(), snapshot.Procedure, calendar)))
            .ToList();
        await store.SaveAsync(rows, Name, events[^1].Seq, cancellationToken);
        return events.Count;
    }

    private async Task<WorkingCalendar> LoadCalendarAsync(CancellationToken cancellationToken)
    {
        var calendars = new CalendarStore(dataSource);
        await calendars.SeedAsync(cancellationToken);
        return await calendars.LoadAsync(cancellationToken);
    }
}
