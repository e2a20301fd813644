using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IOC.Testing;
using IOC.Testing.Servers;
using Microsoft.AspNetCore.SignalR.Client;

namespace IOC.Ingestion.Tests.Faults;

/// <summary>
/// Ingestion and Dashboard.Web as real processes: one batch touching many units at once (as the 00:00 recount of every unit
/// does) must still reach the hub, whose messages are limited to 32 kB.
/// </summary>
public sealed class ManyUnitsPublishTests : IAsyncLifetime
{
    private const string ReadKey = "many-read";
    private const int Communes = 80;
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);
    private IngestionAndDashboard _services = null!;
    private ServiceProcess _dashboard = null!;
    private HttpClient _source = null!;

    public async Task InitializeAsync()
    {
        _services = await IngestionAndDashboard.StartAsync("many-service", ReadKey);
        (_dashboard, _source) = (_services.Dashboard, _services.Source);
        (await _source.PutAsJsonAsync("/api/v1/catalog/units", Enumerable.Range(1, Communes).Select(i => new
        {
            code = $"000.02.{i:00}.T01", name = $"Xã Thử nghiệm số {i}", parentCode = TestCatalog.Province, level = "commune",
        }))).EnsureSuccessStatusCode().Dispose();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task OneBatch_EventsInManyUnits_TheProvinceSubscriberGetsTheirSum()
    {
        var totals = new ConcurrentQueue<int>();
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(_dashboard.Url, "/hubs/kpi"), options => options.Headers["X-Api-Key"] = ReadKey)
            .Build();
        hub.On<JsonElement>("kpi", kpi => totals.Enqueue(kpi.GetProperty("received").GetProperty("total").GetInt32()));
        await hub.StartAsync();
        await hub.InvokeAsync("Subscribe", TestCatalog.Province);
        var now = ProvinceToday.OccurredAt();

        var (response, _) = await _source.PostEventsAsync(Enumerable.Range(1, Communes)
            .Select(i => SourceClient.Received($"many-{i}", $"HS-MANY-{i}", now, unit: $"000.02.{i:00}.T01")).ToArray());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.TrueAsync(() => Task.FromResult(totals.Contains(Communes)), Generous, "the province's figures after the batch");
    }
}
