using IOC.Analytics.Catalog;
using IOC.Analytics.Hosting;
using IOC.Analytics.Influx;
using IOC.Analytics.Kpi;
using IOC.Analytics.Kpi.Flow;
using IOC.Analytics.Time;
using Npgsql;

namespace IOC.Ingestion.Live;

/// <summary>
/// Keeps <c>kpi_flow</c> current: collects the days that dossier changes touch (a backfill that changes the past marks
/// those past days) and rewrites them every <see cref="Interval"/>, only when something changed; after a long rewrite
/// (a bulk load touching a year) it waits <see cref="PauseFactor"/> times as long, so rewrites never take more than a
/// fifth of the time; after a failure it waits twice as long as before, up to <see cref="MaxRetryPause"/>. At start it
/// rewrites today and yesterday. While InfluxDB is down the days stay marked (one entry per day) and are rewritten from
/// the facts index when it answers again, so nothing waits in a buffer that could overflow.
/// </summary>
public sealed class KpiFlowUpdater(FactsFollower follower, FactsIndex index, CatalogCache catalog, IHttpClientFactory http,
    IocSettings settings, TimeProvider time, ILogger<KpiFlowUpdater> logger, ILogger<InfluxWriter> writerLogger) : BackgroundService
{
    /// <summary>How often marked days are rewritten.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    /// <summary>The pause after a rewrite, as a multiple of the time it took, when that is longer than <see cref="Interval"/>.</summary>
    public const int PauseFactor = 4;

    /// <summary>The longest pause between attempts while InfluxDB (or PostgreSQL) does not answer.</summary>
    public static readonly TimeSpan MaxRetryPause = TimeSpan.FromSeconds(30);

    // Subscribed when the host builds its services, before any of them starts, so no change is missed.
    private readonly MarkedDays _marked = MarkedDays.Following(follower.FlowDaysChanged);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var today = ProvinceTime.DateOf(time.GetUtcNow());
        _marked.Mark(new HashSet<DateOnly> { today.AddDays(-1), today });
        var options = KpiInfluxSink.Options(settings);
        // A writer of its own: a rewrite flushes it, which must not wait for other measurements' backlog.
        await using var writer = new InfluxWriter(http.CreateClient("influx"), options, time, writerLogger);
        var rewriter = new KpiFlowRewriter(index, new InfluxQueryClient(http.CreateClient("influx"), options), writer);
        try
        {
            var pause = Interval;
            while (true)
            {
                await Task.Delay(pause, time, stoppingToken);
                var started = time.GetTimestamp();
                var rewritten = await RewriteMarkedAsync(rewriter, stoppingToken);
                pause = NextPause(pause, rewritten, time.GetElapsedTime(started));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: marked days are rewritten by the next start (today and yesterday) or by ./ioc reexport.
        }
    }

    private static TimeSpan NextPause(TimeSpan pause, bool rewritten, TimeSpan took)
    {
        if (!rewritten)
        {
            return pause * 2 < MaxRetryPause ? pause * 2 : MaxRetryPause;
        }
        return took * PauseFactor > Interval ? took * PauseFactor : Interval;
    }

    /// <summary>Rewrites the marked days; false when they could not be and stay marked.</summary>
    private async Task<bool> RewriteMarkedAsync(KpiFlowRewriter rewriter, CancellationToken stoppingToken)
    {
        var days = _marked.Take();
        if (days.Count == 0)
        {
            return true;
        }
        try
        {
            var snapshot = await catalog.FreshEnoughAsync(missed: false, stoppingToken);
            var rewrite = await rewriter.RewriteAsync(snapshot, days, stoppingToken);
            logger.LogDebug("kpi_flow: {Days} days rewritten, {Points} points", rewrite.Days, rewrite.Points);
            return true;
        }
        catch (Exception exception) when (exception is HttpRequestException or InfluxException or NpgsqlException or TimeoutException
            || exception is TaskCanceledException && !stoppingToken.IsCancellationRequested)
        {
            _marked.Mark(days);
            logger.LogWarning("kpi_flow of {Days} days not rewritten ({Message}); retrying", days.Count, exception.Message);
            return false;
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _marked.Dispose();
        base.Dispose();
    }
}
