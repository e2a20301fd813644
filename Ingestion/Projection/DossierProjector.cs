using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Storage;
using IOC.Ingestion.Ingest;
using Npgsql;

namespace IOC.Ingestion.Projection;

/// <summary>Runs the dossier projection as soon as events are committed (and every second), pausing while PostgreSQL is down.</summary>
public sealed class DossierProjector(
    NpgsqlDataSource dataSource,
    DossierProjection projection,
    CatalogCache catalog,
    LogNotifier notifier,
    ILogger<DossierProjector> logger) : BackgroundService
{
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
                var snapshot = await catalog.FreshEnoughAsync(missed: false, stoppingToken);
                if (await projection.ProjectBatchAsync(snapshot, calendar, BatchSize, stoppingToken) == 0)
                {
                    await notifier.WaitAsync(Idle, stoppingToken);
                }
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                logger.LogWarning("Projection paused ({Message}); retrying", exception.Message);
                await Task.Delay(Idle, stoppingToken);
            }
        }
    }

    private async Task<WorkingCalendar> LoadCalendarAsync(CancellationToken cancellationToken)
    {
        var calendars = new CalendarStore(dataSource);
        await calendars.SeedAsync(cancellationToken);
        return await calendars.LoadAsync(cancellationToken);
    }
}
