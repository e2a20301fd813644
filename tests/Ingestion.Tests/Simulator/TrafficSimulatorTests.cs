using IOC.Analytics.Time;
using IOC.Ingestion.Simulator;
using IOC.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace IOC.Ingestion.Tests.Simulator;

public sealed class TrafficSimulatorTests(IngestionApp app) : IClassFixture<IngestionApp>
{
    [Fact]
    public async Task Simulator_OnAgainstTheRealService_PostsEventsAsTheClockReachesThemAndNoneAhead()
    {
        var today = ProvinceTime.DateOf(DateTimeOffset.UtcNow);
        var lastTuesday = today.AddDays(-7 - ((int)today.DayOfWeek + 5) % 7);
        var clock = new FakeTimeProvider(ProvinceTime.At(lastTuesday, new TimeOnly(8, 0)));
        var demo = TestDemoFolder.Create();
        var options = new SimulatorOptions(new Uri("http://unused/"), IngestionApp.ApiKey, DossiersPerWorkingDay: 3_000, Speed: 1, BatchSize: 50, Seed: 5, demo);
        var logger = new SimulatorOnLogger();
        using var simulator = new TrafficSimulator(options, clock, logger, new SimulatorRun(), null, app.CreateSourceClient());
        var origin = clock.GetUtcNow();

        await simulator.StartAsync(CancellationToken.None);
        await logger.On.WaitAsync(TimeSpan.FromSeconds(60));
        await Eventually.TrueAsync(async () =>
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            return await ScalarAsync("SELECT count(*) FROM dossier_event") >= 40;
        }, TimeSpan.FromSeconds(60), "40 simulated events stored");
        var due = Generator(options, demo).Scheduled(origin, origin.AddTicks(-1), clock.GetUtcNow())
            .Select(e => e.EventId).Order(StringComparer.Ordinal).ToList();
        await Eventually.TrueAsync(async () => await ScalarAsync("SELECT count(*) FROM dossier_event") >= due.Count, TimeSpan.FromSeconds(60),
            "every event due by now stored");
        await simulator.StopAsync(CancellationToken.None);

        Assert.Equal(due, await EventIdsAsync());
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM dead_letter"));
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM dossier_event WHERE event_id NOT LIKE 'sim:%-5___:%'"));
        var latest = await ScalarAsync("SELECT coalesce(max(extract(epoch FROM (body->>'occurredAt')::timestamptz)), 0)::bigint FROM dossier_event");
        Assert.True(latest <= clock.GetUtcNow().ToUnixTimeSeconds(), "an event was posted before the clock reached it");
    }

    [Fact]
    public async Task SimulatorEndpoint_NoSimulatorInTheService_AnswersOff()
    {
        using var client = app.CreateSourceClient();

        var status = await IOC.Ingestion.Import.BackfillPlan.SimulatorOfAsync(client, CancellationToken.None);

        Assert.Equal(SimulatorStatus.Off, status);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("off", false)]
    [InlineData("on", true)]
    public void Registration_IocSimulator_RunsOnlyWhenOn(string? setting, bool expected)
    {
        using var factory = app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("IOC_SIMULATOR", setting);
            builder.UseSetting("IOC_DEMO_DIR", TestDemoFolder.Create());
            builder.UseSetting("IOC_INGESTION_URL", "http://127.0.0.1:9/");
        });

        var hosted = factory.Services.GetServices<IHostedService>();

        Assert.Equal(expected, hosted.OfType<TrafficSimulator>().Any());
    }

    private static DossierTrafficGenerator Generator(SimulatorOptions options, string demo)
    {
        var catalog = DemoCatalog.Load(demo);
        return catalog.Traffic(options.Seed, options.Volume);
    }

    private async Task<List<string>> EventIdsAsync()
    {
        await using var command = app.Database.DataSource.CreateCommand("SELECT event_id FROM dossier_event");
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }
        return [.. ids.Order(StringComparer.Ordinal)];
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var command = app.Database.DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
