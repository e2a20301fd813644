using System.Net;
using System.Text;
using System.Text.Json;
using IOC.Testing;
using Npgsql;

namespace IOC.Ingestion.Tests.Api;

public sealed class EventEndpointTests(IngestionApp app) : IClassFixture<IngestionApp>, IAsyncLifetime
{
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = app.CreateSourceClient();
        await _client.LoadTestCatalogAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Post_ValidBatch_AcceptsAndStoresEveryEvent()
    {
        var (response, body) = await _client.PostEventsAsync(
            SourceClient.Received("v-1", "HS-V-1", "2026-11-23T08:00:00+07:00"),
            SourceClient.Received("v-2", "HS-V-2", "2026-11-23T01:00:00Z", channel: null));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, body.GetProperty("accepted").GetInt32());
        Assert.Equal(0, body.GetProperty("duplicates").GetInt32());
        Assert.Equal(0, body.GetProperty("rejected").GetArrayLength());
        Assert.Equal(2L, await CountAsync("SELECT count(*) FROM dossier_event WHERE event_id IN ('v-1', 'v-2')"));
    }

    [Fact]
    public async Task Post_SameEventTwice_SecondIsADuplicateAndChangesNothing()
    {
        var received = SourceClient.Received("d-1", "HS-D-1", "2026-11-23T08:00:00+07:00");
        await _client.PostEventsAsync(received);

        var (_, body) = await _client.PostEventsAsync(received, received);

        Assert.Equal(0, body.GetProperty("accepted").GetInt32());
        Assert.Equal(2, body.GetProperty("duplicates").GetInt32());
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM dossier_event WHERE event_id = 'd-1'"));
    }

    [Fact]
    public async Task Post_SameInstantWrittenInAnotherOffset_IsADuplicate()
    {
        await _client.PostEventsAsync(SourceClient.Received("o-1", "HS-O-1", "2026-11-23T08:00:00+07:00"));

        var (_, body) = await _client.PostEventsAsync(SourceClient.Received("o-1", "HS-O-1", "2026-11-23T01:00:00Z"));

        Assert.Equal(1, body.GetProperty("duplicates").GetInt32());
    }

    [Fact]
    public async Task Post_SameEventIdOtherContent_IsRejectedAsConflictAndDeadLettered()
    {
        await _client.PostEventsAsync(SourceClient.Received("c-1", "HS-C-1", "2026-11-23T08:00:00+07:00"));

        var (_, body) = await _client.PostEventsAsync(SourceClient.Received("c-1", "HS-C-1", "2026-11-23T09:00:00+07:00"));

        Assert.Equal(0, body.GetProperty("accepted").GetInt32());
        Assert.Equal(["conflict"], SourceClient.ErrorsOf(body, 0));
        Assert.Equal("c-1", body.GetProperty("rejected")[0].GetProperty("eventId").GetString());
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM dead_letter WHERE event_id = 'c-1' AND errors = '{conflict}'"));
    }

    [Fact]
    public async Task Post_InvalidFields_EachReasonIsNamedAndValidOnesAreKept()
    {
        var (response, body) = await _client.PostEventsAsync(
            SourceClient.Received("i-ok", "HS-I-1", "2026-11-23T08:00:00+07:00"),
            new { eventId = "i-2", dossierCode = "HS-I-2", type = "resolved", occurredAt = "2026-11-23 08:00", unitCode = "NOPE", procedureCode = TestCatalog.BirthRegistration, channel = "online" },
            new { eventId = "i-3", type = "teleported", occurredAt = "2099-01-01T00:00:00+07:00", unitCode = TestCatalog.CommuneA, procedureCode = "0.000000" },
            new { eventId = "i-4", dossierCode = "HS-I-4", type = "payment", occurredAt = "2026-11-23T08:00:00+07:00", unitCode = TestCatalog.CommuneA, procedureCode = TestCatalog.Certification, amount = -5, paidOnline = "yes" },
            "not an object");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1, body.GetProperty("accepted").GetInt32());
        Assert.Equal([1, 2, 3, 4], body.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("index").GetInt32()));
        var second = SourceClient.ErrorsOf(body, 0);
        Assert.Contains("unknown unit 'NOPE'", second);
        Assert.Contains("channel is only allowed on received events, not on resolved", second);
        Assert.Contains(second, e => e.StartsWith("occurredAt must be an RFC 3339 timestamp with an offset", StringComparison.Ordinal));
        var third = SourceClient.ErrorsOf(body, 1);
        Assert.Contains("dossierCode is required", third);
        Assert.Contains(third, e => e.StartsWith("type must be one of", StringComparison.Ordinal));
        Assert.Contains("unknown procedure '0.000000'", third);
        Assert.Contains(third, e => e.EndsWith("is more than a day in the future", StringComparison.Ordinal));
        var fourth = SourceClient.ErrorsOf(body, 2);
        Assert.Contains("amount must be at least 0", fourth);
        Assert.Contains("paidOnline must be true or false", fourth);
        Assert.Equal(["element is not a JSON object"], SourceClient.ErrorsOf(body, 3));
        Assert.Equal(4L, await CountAsync("SELECT count(*) FROM dead_letter WHERE endpoint = 'events' AND (body->>'eventId' IN ('i-2', 'i-3', 'i-4') OR body::text = '\"not an object\"')"));
    }

    [Fact]
    public async Task Post_Ndjson_IsAccepted()
    {
        var lines = string.Join('\n',
            JsonSerializer.Serialize(SourceClient.Received("n-1", "HS-N-1", "2026-11-23T08:00:00+07:00")),
            JsonSerializer.Serialize(SourceClient.Received("n-2", "HS-N-2", "2026-11-23T08:05:00+07:00")));
        using var content = new StringContent(lines, Encoding.UTF8, "application/x-ndjson");

        using var response = await _client.PostAsync("/api/v1/events", content);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("accepted").GetInt32());
    }

    [Fact]
    public async Task Replay_AfterTheMissingUnitIsAdded_AcceptsTheDeadLetter()
    {
        var (_, first) = await _client.PostEventsAsync(SourceClient.Received("r-1", "HS-R-1", "2026-11-23T08:00:00+07:00", unit: "000.09.09.T01"));
        Assert.Equal(["unknown unit '000.09.09.T01'"], SourceClient.ErrorsOf(first, 0));
        (await _client.PutAsync("/api/v1/catalog/units", JsonContent(new[]
        {
            new { code = "000.09.09.T01", name = "Xã Mới Lập", parentCode = TestCatalog.Province, level = "commune" },
        }))).Dispose();

        using var replay = await _client.PostAsync("/api/v1/dead-letters/replay", null);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM dossier_event WHERE event_id = 'r-1'"));
        Assert.Equal(1L, await CountAsync("SELECT count(*) FROM dead_letter WHERE event_id = 'r-1' AND replayed_at IS NOT NULL"));
        using var list = await _client.GetAsync("/api/v1/dead-letters");
        Assert.DoesNotContain("\"r-1\"", await list.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DeadLetters_WithoutKey_Returns401()
    {
        using var response = await app.CreateClient().GetAsync("/api/v1/dead-letters");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static StringContent JsonContent(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    private async Task<long> CountAsync(string sql)
    {
        await using var command = app.Database.DataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
