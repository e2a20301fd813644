using IOC.Analytics.Hosting;
using IOC.Analytics.Influx;
using IOC.Analytics.Kpi;
using IOC.Analytics.Kpi.Live;

namespace IOC.Ingestion.Live;

/// <summary>
/// Writes every live sample to InfluxDB through the project's client. While InfluxDB is down the writer keeps the
/// points in its bounded buffer and retries; ingestion itself never waits for it. Each sample carries the targets of
/// the moment (<see cref="KpiTargetBoard"/>), so Grafana draws the line an administrator set.
/// </summary>
public sealed class KpiInfluxSink(LiveKpiFeed feed, InfluxWriter writer, IHttpClientFactory http, IocSettings settings,
    KpiTargetBoard targets, ILogger<KpiInfluxSink> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await CreateDatabaseAsync(stoppingToken);
        using var subscription = feed.Figures.Subscribe(kpi =>
        {
            if (!writer.TryWrite(KpiPoints.Of(kpi, targets.Current)))
            {
                logger.LogWarning("InfluxDB buffer full: a sample of {Unit} waits for ./ioc reexport", kpi.Unit.Code);
            }
        });
        await Task.Delay(Timeout.Infinite, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task CreateDatabaseAsync(CancellationToken stoppingToken)
    {
        var query = new InfluxQueryClient(http.CreateClient("influx"), Options(settings));
        for (var attempt = 0; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await query.CreateDatabaseAsync(settings.InfluxDatabase, stoppingToken);
                return;
            }
            catch (Exception exception) when (exception is HttpRequestException or InfluxException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("InfluxDB not ready ({Message}); the database is created when it answers", exception.Message);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(10, 1 << Math.Min(attempt, 3))), stoppingToken);
            }
        }
    }

    /// <summary>The client options of this deployment.</summary>
    public static InfluxOptions Options(IocSettings settings) => new() { Url = settings.InfluxUrl, Database = settings.InfluxDatabase };
}
