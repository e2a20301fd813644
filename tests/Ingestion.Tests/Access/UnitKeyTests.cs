using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IOC.Analytics.Access;
using IOC.Testing;

namespace IOC.Ingestion.Tests.Access;

/// <summary>
/// Keys made with <c>./ioc key add</c> (the same <see cref="StoredKeys"/> the tool writes), on the real service and
/// database: a commune's ingest key posts its own events and is refused another unit's with <c>forbidden-unit</c>, the
/// catalogue and the dead letters; a stored read key cannot post; a revoked key stops working without a restart.
/// </summary>
public sealed class UnitKeyTests(IngestionApp app) : IClassFixture<IngestionApp>, IAsyncLifetime
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);
    private HttpClient _province = null!;

    public async Task InitializeAsync()
    {
        _province = app.CreateSourceClient();
        await _province.LoadTestCatalogAsync();
    }

    public Task DisposeAsync()
    {
        _province.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task CommuneKey_EventsOfAnotherUnit_AreRejectedAsForbiddenUnitAndNotDeadLettered()
    {
        using var commune = await KeyedClientAsync(AccessPurpose.Ingest, TestCatalog.CommuneA);

        var (response, body) = await commune.PostEventsAsync(
            SourceClient.Received("uk-own", "HS-UK-1", "2026-11-23T08:00:00+07:00"),
            SourceClient.Received("uk-other", "HS-UK-2", "2026-11-23T08:00:00+07:00", unit: TestCatalog.Justice));
        var deadLetters = await _province.GetStringAsync("/api/v1/dead-letters");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1, body.GetProperty("accepted").GetInt32());
        var rejected = Assert.Single(body.GetProperty("rejected").EnumerateArray());
        Assert.Equal(("uk-other", 1), (rejected.GetProperty("eventId").GetString(), rejected.GetProperty("index").GetInt32()));
        Assert.Equal(["forbidden-unit"], SourceClient.ErrorsOf(body, 0));
        Assert.DoesNotContain("uk-other", deadLetters);
    }

    [Theory]
    [InlineData("PUT", "/api/v1/catalog/units")]
    [InlineData("PUT", "/api/v1/catalog/procedures")]
    [InlineData("GET", "/api/v1/dead-letters")]
    [InlineData("POST", "/api/v1/dead-letters/replay")]
    public async Task CommuneKey_TheProvincesEndpoints_AreForbidden(string method, string path)
    {
        using var commune = await KeyedClientAsync(AccessPurpose.Ingest, TestCatalog.CommuneA);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(Array.Empty<object>()) };

        using var response = await commune.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task StoredProvinceIngestKey_PutsTheCatalogue()
    {
        using var province = await KeyedClientAsync(AccessPurpose.Ingest, null);

        using var response = await province.PutAsJsonAsync("/api/v1/catalog/units", TestCatalog.Units());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task StoredReadKey_CannotPost()
    {
        var (_, key) = await new StoredKeys(app.Database.DataSource).AddAsync("a reader", AccessPurpose.Read, null, CancellationToken.None);
        await Task.Delay(StoredKeyRefresher.Interval * 2);
        using var reader = Client(key);

        var (response, _) = await reader.PostEventsAsync(SourceClient.Received("uk-read", "HS-UK-3", "2026-11-23T08:00:00+07:00"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task RevokedKey_IsRefusedWithoutARestart()
    {
        var keys = new StoredKeys(app.Database.DataSource);
        var (id, key) = await keys.AddAsync("revoked soon", AccessPurpose.Ingest, null, CancellationToken.None);
        using var client = Client(key);
        await Eventually.TrueAsync(async () => (await client.PostEventsAsync()).Response.StatusCode == HttpStatusCode.Accepted, Generous,
            "the new key to be taken");

        await keys.RevokeAsync(id, DateTimeOffset.UtcNow, CancellationToken.None);

        await Eventually.TrueAsync(async () => (await client.PostEventsAsync()).Response.StatusCode == HttpStatusCode.Unauthorized, Generous,
            "the revoked key to be refused");
    }

    private async Task<HttpClient> KeyedClientAsync(string purpose, string? unit)
    {
        var (_, key) = await new StoredKeys(app.Database.DataSource).AddAsync($"{purpose} {unit}", purpose, unit, CancellationToken.None);
        var client = Client(key);
        await Eventually.TrueAsync(async () => (await client.PostEventsAsync()).Response.StatusCode == HttpStatusCode.Accepted, Generous,
            "the new key to be taken");
        return client;
    }

    private HttpClient Client(string key)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}
