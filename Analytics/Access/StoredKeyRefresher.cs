using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace IOC.Analytics.Access;

/// <summary>
/// Keeps a service's <see cref="KeyRing"/> in step with the <c>api_key</c> table: the keys of one purpose that are not
/// revoked, read again every <see cref="Interval"/>, so a key made or revoked with <c>./ioc key</c> takes effect within
/// that time without a restart (on the machine's clock, whatever clock the service's figures run on). When the table cannot be read (PostgreSQL down, the schema not migrated yet) the ring
/// keeps the keys it had and the service keeps running on them.
/// </summary>
public sealed class StoredKeyRefresher(KeyRing ring, StoredKeys keys, string purpose, ILogger<StoredKeyRefresher> logger)
    : BackgroundService
{
    /// <summary>How often the table is read: well inside the 10 s a change may take.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    /// <summary>Reads the table once; false (keeping the ring as it was) when it cannot.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            ring.Replace(await keys.ActiveAsync(purpose, cancellationToken));
            return true;
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return false;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            logger.LogWarning("Cannot read the {Purpose} keys ({Message}); keeping the ones loaded", purpose, exception.Message);
            return false;
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await RefreshAsync(stoppingToken);
            await Task.Delay(Interval, stoppingToken);
        }
    }
}
