using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace IOC.Analytics.Kpi;

/// <summary>
/// The targets a service judges and writes figures with: the environment's (<see cref="KpiTargets.From"/>) until the
/// <c>kpi_target</c> table says otherwise, read again every <see cref="Interval"/>, so an administrator's change takes
/// effect in every service within that time without a restart. When the table cannot be read the board keeps what it had.
/// </summary>
public sealed class KpiTargetBoard(KpiTargets configured, KpiTargetStore store, ILogger<KpiTargetBoard> logger) : BackgroundService
{
    private readonly KpiTargets _configured = configured;

    /// <summary>How often the table is read.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private volatile KpiTargets _current = configured;

    /// <summary>The targets now.</summary>
    public KpiTargets Current => _current;

    /// <summary>Reads the table once; false (keeping the targets it had) when it cannot.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            _current = await store.LoadAsync(_configured, cancellationToken);
            return true;
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return false;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            logger.LogWarning("Cannot read the targets ({Message}); keeping the ones loaded", exception.Message);
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
