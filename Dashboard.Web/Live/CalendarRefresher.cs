using IOC.Analytics.Calendar;
using Npgsql;

namespace IOC.Dashboard.Live;

/// <summary>
/// The working calendar the wall's charts count working days with: the one in PostgreSQL (an administrator's edits
/// included), reloaded every 10 minutes; the calendar shipped with the build until the database has one.
/// </summary>
public sealed class CalendarRefresher(CalendarStore store, TimeProvider time, ILogger<CalendarRefresher> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(30);
    private volatile IWorkingCalendar _current = CalendarData.ShippedCalendar();

    /// <summary>The latest calendar loaded.</summary>
    public IWorkingCalendar Current => _current;

    /// <summary>Loads the calendar once; false (keeping the one it had) when the database cannot give it yet.</summary>
    public async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var calendar = await store.LoadAsync(cancellationToken);
            // Before Ingestion has seeded it, the database holds no year: the shipped calendar knows more.
            if (calendar.Years.Count > 0)
            {
                _current = calendar;
                return true;
            }
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            logger.LogWarning("Cannot load the working calendar ({Message}); retrying", exception.Message);
        }
        return false;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var loaded = await LoadAsync(stoppingToken);
            await Task.Delay(loaded ? Interval : RetryInterval, time, stoppingToken);
        }
    }
}
