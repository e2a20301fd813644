using IOC.Analytics.Calendar;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Storage;
using IOC.Ingestion.Import;

namespace IOC.Ingestion.Simulator;

/// <summary>
/// Live demo traffic (<c>IOC_SIMULATOR=on</c>): loads the demo catalogues into its own service, then posts the
/// generator's dossiers arriving from its start as their steps happen, through <c>POST /api/v1/events</c> like any
/// source. A batch the service cannot take yet is sent again until it is answered; none is dropped.
/// </summary>
public sealed class TrafficSimulator : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);
    private readonly SimulatorOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<TrafficSimulator> _logger;
    private readonly IWorkingCalendar? _calendar;
    private readonly HttpClient _client;
    private readonly SimulatorRun _run;

    /// <summary>A simulator posting to <see cref="SimulatorOptions.IngestionUrl"/>; the province calendar when one is registered.</summary>
    public TrafficSimulator(SimulatorOptions options, TimeProvider time, ILogger<TrafficSimulator> logger, SimulatorRun run,
        IWorkingCalendar? calendar = null)
        : this(options, time, logger, run, calendar, new HttpClient { BaseAddress = options.IngestionUrl })
    {
        _client.DefaultRequestHeaders.Add("X-Api-Key", options.ApiKey);
    }

    internal TrafficSimulator(SimulatorOptions options, TimeProvider time, ILogger<TrafficSimulator> logger, SimulatorRun run,
        IWorkingCalendar? calendar, HttpClient client)
    {
        (_options, _time, _logger, _run, _calendar, _client) = (options, time, logger, run, calendar, client);
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _client.Dispose();
        base.Dispose();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await SimulateAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A fault in demo traffic must never take the ingestion service down with it.
            _logger.LogError(exception, "Traffic simulator stopped");
        }
    }

    private async Task SimulateAsync(CancellationToken stoppingToken)
    {
        if (_options.DemoDirectory is null)
        {
            _logger.LogError("Traffic simulator off: no data/demo folder found (set IOC_DEMO_DIR)");
            return;
        }
        var catalog = DemoCatalog.Load(_options.DemoDirectory);
        await UntilAnsweredAsync(async token =>
        {
            await catalog.UploadAsync(_client, token);
            return true;
        }, "loading the demo catalogue", stoppingToken);
        var since = _time.GetUtcNow();
        var schedule = new LiveSchedule(
            catalog.Traffic(_options.Seed, _options.Volume, _calendar), since);
        _run.Started(since, _options);
        _logger.LogInformation("Traffic simulator on: {Dossiers:N0} dossiers a working day, seed {Seed}, speed {Speed}, posting to {Url}",
            _options.DossiersPerWorkingDay, _options.Seed, _options.Speed, _options.IngestionUrl);
        var poster = new EventPoster(_client, _time);
        using var timer = new PeriodicTimer(Tick, _time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            IReadOnlyList<DossierEvent> due;
            while ((due = schedule.TakeDue(_time.GetUtcNow(), _options.BatchSize)).Count > 0)
            {
                var batch = due.Select(EventJson.Serialize).ToList();
                var answer = await UntilAnsweredAsync(token => poster.PostAsync(batch, token), "posting simulated events", stoppingToken);
                if (answer.Rejected.Count > 0)
                {
                    _logger.LogWarning("The service rejected {Count} simulated events, e.g. {EventId}: {Errors}", answer.Rejected.Count,
                        answer.Rejected[0].EventId, string.Join("; ", answer.Rejected[0].Errors));
                }
            }
        }
    }

    private async Task<T> UntilAnsweredAsync<T>(Func<CancellationToken, Task<T>> attempt, string what, CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                return await attempt(stoppingToken);
            }
            catch (Exception exception) when (exception is HttpRequestException or IngestRefusedException or TaskCanceledException
                && !stoppingToken.IsCancellationRequested)
            {
                _logger.LogWarning("Traffic simulator: {What} failed ({Message}); retrying in {Delay}", what, exception.Message, RetryDelay);
                await Task.Delay(RetryDelay, _time, stoppingToken);
            }
        }
    }
}
