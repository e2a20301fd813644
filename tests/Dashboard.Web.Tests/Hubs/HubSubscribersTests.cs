using System.Collections.Concurrent;
using System.Text.Json;
using IOC.Analytics.Influx;
using IOC.Analytics.Kpi;
using IOC.Testing;
using IOC.Testing.Servers;
using Microsoft.AspNetCore.SignalR.Client;

namespace IOC.Dashboard.Tests.Hubs;

/// <summary>
/// The real Dashboard.Web as a process: a subscriber that never reads its socket must not slow the publisher nor the
/// other subscribers (each connection has its own bounded, drop-to-latest mailbox); the hub counts its clients and
/// subscriptions in /metrics and ioc_health.
/// </summary>
public sealed class HubSubscribersTests : IAsyncLifetime
{
    private const string ReadKey = "slow-read";
    private const string ServiceKey = "slow-service";
    // Documents of ~16 kB (a padded unit name), published a round at a time.
    private const int DocumentsPerRound = 100;
    private static readonly string PaddedName = "Tỉnh Thử nghiệm " + new string('x', 16_000);
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(120);
    // Long enough that a round (and its metrics read) fits inside it however loaded the machine is.
    private static readonly TimeSpan StuckSendTimeout = TimeSpan.FromSeconds(30);
    private readonly PostgresDatabase _database = new();
    private readonly string _influxDatabase = $"hub_{Guid.NewGuid():N}"[..16];
    private InfluxServer _influx = null!;
    private ServiceProcess _dashboard = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await new ProvinceSeeder(_database.DataSource).LoadCatalogAsync();
        _influx = await InfluxServer.SharedAsync();
        _dashboard = new ServiceProcess("IOC.Dashboard.Web.dll", new Dictionary<string, string>
        {
            ["IOC_PG"] = _database.ConnectionString,
            ["IOC_INFLUX_URL"] = _influx.Url.ToString(),
            ["IOC_INFLUX_DB"] = _influxDatabase,
            ["IOC_SERVICE_KEY"] = ServiceKey,
            ["IOC_READ_API_KEY"] = ReadKey,
            ["IOC_HUB_SEND_TIMEOUT"] = StuckSendTimeout.ToString(),
        });
        await _dashboard.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _dashboard.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Publish_OneSubscriberNeverReads_ThePublisherAndTheOtherSubscriberGoOnMeanwhile()
    {
        var received = new ConcurrentQueue<int>();
        await using var reader = Connect(ReadKey);
        reader.On<JsonElement>("kpi", kpi => received.Enqueue(kpi.GetProperty("received").GetProperty("total").GetInt32()));
        await reader.StartAsync();
        await reader.InvokeAsync("Subscribe", TestCatalog.Province);
        await Eventually.TrueAsync(() => Task.FromResult(!received.IsEmpty), Generous, "the snapshot at the reading subscriber");
        await using var stuck = await SilentSubscriber.SubscribeAsync(_dashboard.Url, ReadKey, TestCatalog.Province);
        await using var publisher = Connect(ServiceKey);
        await publisher.StartAsync();
        await Eventually.TrueAsync(async () => await MetricAsync("ioc_hub_subscriptions") == 2, Generous, "both subscriptions");

        // Rounds are published until the server drops the stuck connection (a send stuck for StuckSendTimeout closes it):
        // only a socket whose buffers are full is stuck, and how many documents fill them depends on the machine.
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var published = 0;
        var droppedWhileConnected = false;
        double? clients;
        do
        {
            for (var i = 0; i < DocumentsPerRound; i++)
            {
                await publisher.InvokeAsync("Publish", new[] { Document(TestCatalog.Province, ++published) }, patience.Token);
            }
            await Eventually.TrueAsync(() => Task.FromResult(received.Contains(published)), Generous, "the latest document at the reader");

            clients = await MetricAsync("ioc_hub_clients");
            // The reader got every document its mailbox did not drop (and the snapshot); the other drops are the stuck
            // connection's. Drops while it is still connected: Publish went on without waiting for its socket.
            var droppedForTheStuck = await MetricAsync("ioc_hub_superseded_total") - (published - (received.Count - 1));
            droppedWhileConnected |= clients == 3 && droppedForTheStuck > 0;
        }
        while (clients == 3);

        Assert.True(droppedWhileConnected, $"No document was dropped for the stuck connection before it was closed ({published} published)");
        var seen = received.ToList();
        Assert.Equal(0, seen[0]);
        Assert.Equal(seen.Order(), seen);
        Assert.Equal(seen.Distinct(), seen);
        // The stuck connection's mailbox and subscription went with it; the reader and the publisher stay.
        await Eventually.TrueAsync(async () => await MetricAsync("ioc_hub_clients") == 2 && await MetricAsync("ioc_hub_subscriptions") == 1,
            Generous, "the stuck connection cleaned up");
    }

    [Fact]
    public async Task Subscribe_Unsubscribe_Disconnect_ClientsAndSubscriptionsCountedInMetricsAndIocHealth()
    {
        await using var reader = Connect(ReadKey);
        await reader.StartAsync();
        await reader.InvokeAsync("Subscribe", TestCatalog.Province);
        await reader.InvokeAsync("Subscribe", TestCatalog.CommuneA);
        await Eventually.TrueAsync(async () => await MetricAsync("ioc_hub_subscriptions") == 2, Generous, "two subscriptions");
        Assert.Equal(1, await MetricAsync("ioc_hub_clients"));
        using var http = new HttpClient();
        var query = new InfluxQueryClient(http, new InfluxOptions { Url = _influx.Url, Database = _influxDatabase });
        await Eventually.TrueAsync(async () =>
        {
            var series = await query.QueryAsync("SELECT * FROM ioc_health WHERE service = 'dashboard' ORDER BY time DESC LIMIT 1");
            return series.Count > 0 && series[0].GetInt64(0, "hub_subscriptions") == 2 && series[0].GetInt64(0, "hub_clients") == 1;
        }, Generous, "an ioc_health point of the dashboard with the subscriptions");

        await reader.InvokeAsync("Unsubscribe", TestCatalog.CommuneA);
        await Eventually.TrueAsync(async () => await MetricAsync("ioc_hub_subscriptions") == 1, Generous, "one subscription left");
        await reader.StopAsync();

        await Eventually.TrueAsync(async () => await MetricAsync("ioc_hub_clients") == 0 && await MetricAsync("ioc_hub_subscriptions") == 0,
            Generous, "no client left");
    }

    private async Task<double?> MetricAsync(string name)
    {
        using var http = new HttpClient();
        return PrometheusText.Value(await http.GetStringAsync(new Uri(_dashboard.Url, "/metrics")), name);
    }

    private HubConnection Connect(string key) => new HubConnectionBuilder()
        .WithUrl(new Uri(_dashboard.Url, "/hubs/kpi"), options => options.Headers["X-Api-Key"] = key)
        .Build();

    /// <summary>A document whose received total numbers the publication, so the reader can tell which ones it got.</summary>
    private static KpiDocument Document(string unit, int sequence) => new(
        unit, PaddedName, "2026-11-26", "2026-11-26",
        new KpiDocument.ReceivedPart(sequence, 0, sequence, 0), 0,
        new KpiDocument.ResolvedPart(0, 0, 0, 0),
        new KpiDocument.InProcessPart(sequence, sequence, 0), 0, 0,
        0, null, null, null, 0, null, null, null, null,
        new KpiDocument.ServicesPart(4, 2, 2, 0, 0),
        KpiDocument.NoDetails,
        DateTimeOffset.UtcNow);
}
