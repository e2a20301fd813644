using IOC.Analytics.Hosting;
using IOC.Analytics.Influx;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IOC.Analytics.Health;

/// <summary>
/// Writes the service's own figures to InfluxDB every <see cref="Interval"/> as one <c>ioc_health</c> point tagged with the
/// service, through the project's writer (buffered and retried while InfluxDB is away).
/// </summary>
public sealed class HealthSampler(IServiceHealth health, InfluxWriter writer, IHttpClientFactory http, IocSettings settings,
    TimeProvider time, ILogger<HealthSampler> logger) : BackgroundService
{
    /// <summary>The measurement's name.</summary>
    public const string Measurement = "ioc_health";

    /// <summary>How often a point is written.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await CreateDatabaseAsync(stoppingToken);
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            var point = health.WithFigures(new Point(Measurement, time.GetUtcNow()).Tag("service", health.Service));
            if (!writer.TryWrite(point))
            {
                logger.LogWarning("InfluxDB buffer full: an {Measurement} point of {Service} was not written", Measurement, health.Service);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    // The dashboard may start before Ingestion ever created the database.
    private async Task CreateDatabaseAsync(CancellationToken stoppingToken)
    {
        var query = new InfluxQueryClient(http.CreateClient("influx"), new InfluxOptions { Url = settings.InfluxUrl, Database = settings.InfluxDatabase });
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await query.CreateDatabaseAsync(settings.InfluxDatabase, stoppingToken);
                return;
            }
            catch (Exception exception) when (exception is HttpRequestException or InfluxException or TaskCanceledException
                && !stoppingToken.IsCancellationRequested)
            {
                logger.LogDebug("InfluxDB not ready for {Measurement} ({Message}); retrying", Measurement, exception.Message);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(10, 1 << Math.Min(attempt, 3))), time, stoppingToken);
            }
        }
    }
}
