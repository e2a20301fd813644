using IOC.Analytics.Dossiers;
using IOC.Analytics.Time;
using IOC.Ingestion.Import;
using IOC.Ingestion.Simulator;
using IOC.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IOC.Ingestion.Tests.Simulator;

/// <summary>
/// A fresh demo as <c>./ioc run</c> then <c>./ioc backfill</c> make it, on a fake clock: the simulator starts at 09:30 on a
/// Tuesday, the backfill runs half an hour later, and the receipts per minute across the seam are the traffic model's.
/// </summary>
public sealed class DemoStartTests(IngestionApp app) : IClassFixture<IngestionApp>
{
    private const int Seed = 5;

    [Fact]
    public async Task SimulatorThenBackfill_HalfAnHourApart_ReceiptsPerMinuteAreTheModelsWithNoBurstAndNoMinuteTwice()
    {
        var today = ProvinceTime.DateOf(DateTimeOffset.UtcNow);
        var tuesday = today.AddDays(-7 - ((int)today.DayOfWeek + 5) % 7);
        var clock = new FakeTimeProvider(ProvinceTime.At(tuesday, new TimeOnly(9, 30)));
        var demo = TestDemoFolder.Create();
        var options = new SimulatorOptions(new Uri("http://unused/"), IngestionApp.ApiKey, TrafficFigures.DossiersPerWorkingDay, Speed: 1,
            BatchSize: 500, Seed, demo);
        var logger = new SimulatorOnLogger();
        using var source = app.CreateSourceClient();
        using var simulator = new TrafficSimulator(options, clock, logger, app.Services.GetRequiredService<SimulatorRun>(), null,
            app.CreateSourceClient());
        var since = clock.GetUtcNow();

        await simulator.StartAsync(CancellationToken.None);
        await logger.On.WaitAsync(TimeSpan.FromSeconds(60));
        await RunClockAsync(clock, options, demo, since, TimeSpan.FromMinutes(30));
        var live = await BackfillPlan.SimulatorOfAsync(source, CancellationToken.None);
        var plan = BackfillPlan.For(new ToolArguments("backfill", null, 1, null, null, source.BaseAddress!, IngestionApp.ApiKey, demo), live,
            clock.GetUtcNow());
        var catalog = DemoCatalog.Load(demo);
        // The month the plan starts from adds nothing to the seam: the day it ends in is enough.
        await new HistoryBackfill(new EventPoster(source, TimeProvider.System), new ProgressBar(TextWriter.Null)).RunAsync(
            catalog.Traffic(plan.Seed, new TrafficVolume(plan.DossiersPerWorkingDay)),
            tuesday, plan.Until, CancellationToken.None);
        await RunClockAsync(clock, options, demo, since, TimeSpan.FromMinutes(10));
        await simulator.StopAsync(CancellationToken.None);

        var window = (From: since.AddHours(-1), To: since.AddMinutes(40));
        var model = catalog.Traffic(Seed, new TrafficVolume(TrafficFigures.DossiersPerWorkingDay))
            .Day(tuesday).SelectMany(d => d.Events).Where(e => e.Type == DossierEventType.Received)
            .Where(e => e.OccurredAt >= window.From && e.OccurredAt < window.To)
            .CountBy(e => Minute(e.OccurredAt)).ToDictionary();
        var stored = await ReceiptsPerMinuteAsync(window.From, window.To);
        Assert.Equal(model.OrderBy(m => m.Key), stored.OrderBy(m => m.Key));
        // By hand: 2,000 a Tuesday; 45% online of which a fifth come when the desk is closed; the rest 60% in the
        // 270 minutes of the morning: 2,000 × (1 − 0.2 × 0.45) × 0.6 / 270 = 4.04 a minute.
        const double PerMinute = 2_000 * (1 - 0.2 * 0.45) * 0.6 / 270;
        var busiest = stored.Values.Max();
        Assert.True(busiest <= PerMinute + 5 * Math.Sqrt(PerMinute) + 3, $"{busiest} receipts in one minute against {PerMinute:F1} expected");
        var before = stored.Where(m => m.Key < since).Sum(m => m.Value);
        var after = stored.Where(m => m.Key >= since).Sum(m => m.Value);
        Assert.InRange(before, PerMinute * 60 * 0.7, PerMinute * 60 * 1.3);
        Assert.InRange(after, PerMinute * 40 * 0.7, PerMinute * 40 * 1.3);
        Assert.Equal((true, since, Seed, TrafficFigures.DossiersPerWorkingDay), (live.On, plan.Until, plan.Seed, plan.DossiersPerWorkingDay));
    }

    private static DateTimeOffset Minute(DateTimeOffset instant) =>
        new DateTimeOffset(instant.UtcTicks - instant.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);

    // Moves the clock a minute at a time and waits until the simulator has stored everything due by then.
    private async Task RunClockAsync(FakeTimeProvider clock, SimulatorOptions options, string demo, DateTimeOffset since, TimeSpan span)
    {
        var catalog = DemoCatalog.Load(demo);
        var generator = catalog.Traffic(options.Seed, options.Volume);
        for (var moved = TimeSpan.Zero; moved < span; moved += TimeSpan.FromMinutes(1))
        {
            clock.Advance(TimeSpan.FromMinutes(1));
        }
        var due = generator.Scheduled(since, since.AddTicks(-1), clock.GetUtcNow()).Count;
        await Eventually.TrueAsync(async () => await LiveEventsAsync() >= due, TimeSpan.FromSeconds(90), $"{due} simulated events stored");
    }

    private async Task<long> LiveEventsAsync()
    {
        await using var command = app.Database.DataSource.CreateCommand("SELECT count(*) FROM dossier_event WHERE event_id LIKE 'sim:%-5___:%'");
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private async Task<Dictionary<DateTimeOffset, int>> ReceiptsPerMinuteAsync(DateTimeOffset from, DateTimeOffset to)
    {
        await using var command = app.Database.DataSource.CreateCommand("""
            SELECT date_trunc('minute', (body->>'occurredAt')::timestamptz), count(*)::int FROM dossier_event
            WHERE body->>'type' = 'received' AND (body->>'occurredAt')::timestamptz >= $1 AND (body->>'occurredAt')::timestamptz < $2
            GROUP BY 1
            """);
        command.Parameters.AddWithValue(from.UtcDateTime);
        command.Parameters.AddWithValue(to.UtcDateTime);
        await using var reader = await command.ExecuteReaderAsync();
        var minutes = new Dictionary<DateTimeOffset, int>();
        while (await reader.ReadAsync())
        {
            minutes[new DateTimeOffset(reader.GetDateTime(0), TimeSpan.Zero)] = reader.GetInt32(1);
        }
        return minutes;
    }
}
