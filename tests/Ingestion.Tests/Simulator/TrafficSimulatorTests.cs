using IOC.Analytics.Time;
using IOC.Ingestion.Simulator;
using IOC.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
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
        var options = new SimulatorOptions(new Uri("http://unused/"), IngestionApp.ApiKey, EventsPerSecond: 0.5, Speed: 1, BatchSize: 50, Seed: 5,
            TestDemoFolder.Create());
        using var simulator = new TrafficSimulator(options, clock, NullLogger<TrafficSimulator>.Instance, null, app.CreateSourceClient());

        await simulator.StartAsync(CancellationToken.None);
        var stored = await Eventually.ValueAsync(async () =>
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            var count = await ScalarAsync("SELECT count(*) FROM dossier_event");
            return count >= 40 ? count : (long?)null;
        }, TimeSpan.FromSeconds(60), "40 simulated events stored");
        await simulator.StopAsync(CancellationToken.None);

        Assert.True(stored >= 40);
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM dead_letter"));
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM dossier_event WHERE event_id NOT LIKE 'sim:%-5___:%'"));
        var latest = await ScalarAsync("SELECT coalesce(max(extract(epoch FROM (body->>'occurredAt')::timestamptz)), 0)::bigint FROM dossier_event");
        Assert.True(latest <= clock.GetUtcNow().ToUnixTimeSeconds(), "an event was posted before the clock reached it");
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

    private async Task<long> ScalarAsync(string sql)
    {
        await using var command = app.Database.DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
