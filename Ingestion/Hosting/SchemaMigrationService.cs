using IOC.Analytics.Storage;
using Npgsql;

namespace IOC.Ingestion.Hosting;

/// <summary>Ingestion owns the schema: it migrates at start-up, retrying until PostgreSQL answers.</summary>
public sealed class SchemaMigrationService(NpgsqlDataSource dataSource, ILogger<SchemaMigrationService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(200);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var applied = await new SchemaMigrator(dataSource).MigrateAsync(stoppingToken);
                logger.LogInformation("Schema at version {Version} ({Applied} migrations applied)", SchemaMigrator.RequiredVersion, applied);
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                logger.LogWarning("PostgreSQL not ready for migration ({Message}); retrying in {Delay}", exception.Message, delay);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
        }
    }
}
