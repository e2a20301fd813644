using IOC.Ingestion.Live;

namespace IOC.Ingestion.Health;

/// <summary>Tells <see cref="PipelineLag"/> when live figures come out of the pipeline.</summary>
public sealed class LiveFiguresWatch(LiveKpiFeed feed, PipelineLag lag) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = feed.Figures.Subscribe(_ => lag.Live());
        await Task.Delay(Timeout.Infinite, stoppingToken);
    }
}
