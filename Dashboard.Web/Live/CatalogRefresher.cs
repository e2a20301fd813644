using IOC.Analytics.Catalog;
using Npgsql;

namespace IOC.Dashboard.Live;

/// <summary>
/// Loads the catalogue at start and every 30 s, so the live figures know units and procedures added since by another
/// instance (the live pipeline reads the cache and never waits for the database).
/// </summary>
public sealed class CatalogRefresher(CatalogCache cache, TimeProvider time, ILogger<CatalogRefresher> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(2);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await cache.ReloadAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                logger.LogWarning("Cannot load the catalogue ({Message}); retrying", exception.Message);
            }
            // Before the schema exists or the catalogue is imported there is nothing to show; retry soon rather than
            // leave the wall empty for 30 s.
            await Task.Delay(cache.Current.Units.Count == 0 ? RetryInterval : Interval, time, stoppingToken);
        }
    }
}
