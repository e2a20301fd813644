using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Storage;
using IOC.Ingestion.Health;
using IOC.Ingestion.Ingest;
using Npgsql;

namespace IOC.Ingestion.Projection;

/// <summary>Runs the dossier projection as soon as events are committed (and every second), pausing while PostgreSQL is down.</summary>
public sealed class DossierProjector(
    NpgsqlDataSource dataSource,
    DossierProjection projection,
    CatalogCache catalog,
    LogNotifier notifier,
    PipelineLag lag,
    ILogger<DossierProjector> logger) : BackgroundService
{
    private const int BatchSize = 20_000;
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan CalendarCheck = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await new SchemaMigrator(dataSource).WaitForVersionAsync(SchemaMigrator.RequiredVersion, TimeSpan.FromMilliseconds(200), stoppingToken);
        WorkingCalendar? calendar = null;
        var calendarCheckedAt = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var snapshot = await catalog.FreshEnoughAsync(missed: false, stoppingToken);
                if (calendar is null || DateTimeOffset.UtcNow - calendarCheckedAt > CalendarCheck)
                {
                    calendar = await RefreshCalendarAsync(calendar, snapshot, stoppingToken);
                    calendarCheckedAt = DateTimeOffset.UtcNow;
                }
                var committed = lag.Mark();
                var projected = await projection.ProjectBatchAsync(snapshot, calendar, BatchSize, stoppingToken);
                // A short batch read everything committed before the mark: those batches are in the dossier table now,
                // before the live pipeline can see them. Finding nothing, they were read by an earlier pass.
                if (projected == 0)
                {
                    lag.AlreadyProjected(committed);
                    await notifier.WaitAsync(Idle, stoppingToken);
                }
                else if (projected < BatchSize)
                {
                    lag.Projected(committed);
                }
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                logger.LogWarning("Projection paused ({Message}); retrying", exception.Message);
                await Task.Delay(Idle, stoppingToken);
            }
        }
    }

    /// <summary>
    /// Loads the calendar (seeding the shipped years once) and recomputes the open dossiers whose due time an edit of it
    /// changed, including edits made while Ingestion was not running.
    /// </summary>
    private async Task<WorkingCalendar> RefreshCalendarAsync(WorkingCalendar? current, CatalogSnapshot catalog, CancellationToken cancellationToken)
    {
        var calendars = new CalendarStore(dataSource);
        if (current is null)
        {
            await calendars.SeedAsync(cancellationToken);
        }
        var loaded = await calendars.LoadAsync(cancellationToken);
        if (current is null || loaded.Version != current.Version)
        {
            var recomputed = await projection.RecomputeForCalendarAsync(catalog, loaded, cancellationToken);
            logger.LogInformation("Calendar version {Version}: recomputed {Count} open dossiers", loaded.Version, recomputed);
        }
        return loaded;
    }
}
