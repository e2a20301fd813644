using System.Net;
using System.Text.Json;
using IOC.Analytics.Dossiers;
using IOC.Testing;
using Microsoft.AspNetCore.Hosting;

namespace IOC.Dashboard.Tests.Api;

/// <summary>
/// A week of one small province, 2–8 November 2026, computed by hand (times in province time):
/// D1 received Fri 30/10 09:00 online (khai sinh, due computed Mon 02/11 09:00), resolved Tue 03/11 → carried over, late;
/// D2 received Mon 02/11 direct, due 04/11, resolved 03/11 → early;
/// D3 received Tue 03/11 10:00 postal (chứng thực, 4 working hours → due 16:00), resolved 16:30 → on time (same date);
/// D4 received Wed 04/11 online, due Thu 05/11 09:00, still open → overdue at 00:00 09/11;
/// D5 received Fri 06/11 15:00 online, due Mon 09/11 15:00, open → within;
/// D6 received Thu 05/11 online, withdrawn Fri 06/11;
/// D7 refused at reception Thu 05/11 (never received);
/// D8 received Sun 08/11 online (clock starts Mon 09/11 07:00, due Tue 10/11), open → within;
/// D9 received Tue 10/11, after the period;
/// D10 at the justice department, received Tue 03/11 direct, resolved Wed 04/11 → early.
/// </summary>
public sealed class KpiEndpointTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        var seeder = new ProvinceSeeder(app.Database.DataSource);
        var catalog = await seeder.LoadCatalogAsync();
        await seeder.AppendAndProjectAsync(catalog, Week());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Kpi_Province_MatchesTheHandComputedWeek()
    {
        var kpi = await GetAsync($"/api/v1/kpi?unit={TestCatalog.Province}&from=2026-11-02&to=2026-11-08");

        Assert.Equal(TestCatalog.Province, kpi.GetProperty("unit").GetString());
        AssertCounts(kpi.GetProperty("received"), ("total", 7), ("online", 4), ("direct", 2), ("postal", 1));
        Assert.Equal(1, kpi.GetProperty("carriedOver").GetInt32());
        AssertCounts(kpi.GetProperty("resolved"), ("total", 4), ("early", 2), ("onTime", 1), ("late", 1));
        AssertCounts(kpi.GetProperty("inProcess"), ("total", 3), ("withinDeadline", 2), ("overdue", 1));
        Assert.Equal(1, kpi.GetProperty("withdrawn").GetInt32());
        Assert.Equal(1, kpi.GetProperty("refused").GetInt32());
        Assert.Equal(4.0 / 7, kpi.GetProperty("onlineRatio").GetDouble(), 10);
        Assert.Equal(0.25, kpi.GetProperty("overdueRate").GetDouble(), 10);
        Assert.Equal(0.75, kpi.GetProperty("onTimeRate").GetDouble(), 10);
        Assert.Equal(5.0 / 7, kpi.GetProperty("progress766").GetDouble(), 10);
        AssertCounts(kpi.GetProperty("services"), ("procedures", 4), ("onlineFull", 2), ("onlinePartial", 2), ("withOnlineDossiers", 1));
        Assert.Equal(0.25, kpi.GetProperty("services").GetProperty("withOnlineDossiersRatio").GetDouble(), 10);
        Assert.Equal("2026-11-09T00:00:00+07:00", kpi.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task Kpi_PeriodEndingOnTheDueDate_WithinThereOverdueInThePeriodEndingTheDayAfter()
    {
        // To Thu 05/11: D4 (due 05/11 09:00) and D6 (due Fri 06/11 09:00) in process, both within. To Fri 06/11: D4
        // overdue, D6 withdrawn, D5 (received 06/11 15:00) within.
        var toThursday = await GetOnceFollowedAsync($"/api/v1/kpi?unit={TestCatalog.Province}&from=2026-11-02&to=2026-11-05");
        var toFriday = await GetOnceFollowedAsync($"/api/v1/kpi?unit={TestCatalog.Province}&from=2026-11-02&to=2026-11-06");
        var communes = (await GetOnceFollowedAsync($"/api/v1/kpi/units?parent={TestCatalog.Province}&from=2026-11-02&to=2026-11-05"))
            .EnumerateArray().Select(k => k.GetProperty("inProcess").GetProperty("overdue").GetInt32());

        AssertCounts(toThursday.GetProperty("inProcess"), ("total", 2), ("withinDeadline", 2), ("overdue", 0));
        Assert.Equal(0.0, toThursday.GetProperty("inProcessOverdueRatio").GetDouble());
        AssertCounts(toFriday.GetProperty("inProcess"), ("total", 2), ("withinDeadline", 1), ("overdue", 1));
        Assert.Equal(0, communes.Sum());
    }

    [Fact]
    public async Task KpiUnits_Children_SplitTheProvinceAndAddUp()
    {
        var children = (await GetAsync($"/api/v1/kpi/units?parent={TestCatalog.Province}&from=2026-11-02&to=2026-11-08"))
            .EnumerateArray().ToDictionary(k => k.GetProperty("unit").GetString()!);

        Assert.Equal(4, children.Count);
        var commune = children[TestCatalog.CommuneA];
        AssertCounts(commune.GetProperty("received"), ("total", 6), ("online", 4), ("direct", 1), ("postal", 1));
        AssertCounts(commune.GetProperty("resolved"), ("total", 3), ("early", 1), ("onTime", 1), ("late", 1));
        AssertCounts(children[TestCatalog.Justice].GetProperty("resolved"), ("total", 1), ("early", 1), ("onTime", 0), ("late", 0));
        AssertCounts(commune.GetProperty("services"), ("procedures", 2), ("onlineFull", 1), ("onlinePartial", 1), ("withOnlineDossiers", 1));
        var empty = children[TestCatalog.CommuneB];
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("onlineRatio").ValueKind);
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("overdueRate").ValueKind);
        Assert.Equal(7, children.Values.Sum(c => c.GetProperty("received").GetProperty("total").GetInt32()));
    }

    [Fact]
    public async Task KpiFields_Province_DrillsDownByFieldAndProcedure()
    {
        var fields = (await GetOnceFollowedAsync($"/api/v1/kpi/fields?unit={TestCatalog.Province}&from=2026-11-02&to=2026-11-08"))
            .EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!);

        Assert.Equal(["Chứng thực", "Hộ tịch", "Lý lịch tư pháp"], fields.Keys.Order(StringComparer.Ordinal));
        var civil = fields["Hộ tịch"].GetProperty("figures");
        AssertCounts(civil.GetProperty("received"), ("total", 5), ("online", 4), ("direct", 1));
        Assert.Equal(1, civil.GetProperty("carriedOver").GetInt32());
        AssertCounts(civil.GetProperty("inProcess"), ("total", 3), ("overdue", 1));
        var procedure = Assert.Single(fields["Chứng thực"].GetProperty("procedures").EnumerateArray());
        Assert.Equal(TestCatalog.Certification, procedure.GetProperty("code").GetString());
        AssertCounts(procedure.GetProperty("figures").GetProperty("resolved"), ("total", 1), ("onTime", 1));
    }

    [Fact]
    public async Task Kpi_ReadKeyAsBearerToken_IsAccepted()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", DashboardApp.ReadKey);

        using var response = await client.GetAsync($"/api/v1/kpi?unit={TestCatalog.Province}&from=2026-11-02&to=2026-11-08");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Kpi_AccessTokenQueryParameter_IsRefusedWithAProblem()
    {
        // access_token is for the hub only (browsers on WebSockets): a key in an API URL ends up in proxies' logs.
        using var response = await app.CreateClient().GetAsync(
            $"/api/v1/kpi?unit={TestCatalog.Province}&from=2026-11-02&to=2026-11-08&access_token={DashboardApp.ReadKey}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-Api-Key", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/v1/kpi?unit=000.00.00.T01&from=2026-11-02&to=2026-11-08", null, HttpStatusCode.Unauthorized)]
    [InlineData("/api/v1/kpi?unit=000.00.00.T01&from=2026-11-02&to=2026-11-08", "wrong", HttpStatusCode.Unauthorized)]
    [InlineData("/api/v1/kpi?unit=000.00.00.T01&from=2026-11-08&to=2026-11-02", DashboardApp.ReadKey, HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/kpi?unit=000.00.00.T01&from=02/11/2026&to=2026-11-08", DashboardApp.ReadKey, HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/kpi?unit=NOWHERE&from=2026-11-02&to=2026-11-08", DashboardApp.ReadKey, HttpStatusCode.NotFound)]
    [InlineData("/api/v1/kpi?from=2026-11-02&to=2026-11-08", DashboardApp.ReadKey, HttpStatusCode.BadRequest)]
    public async Task Kpi_BadRequests_GetAClearStatus(string url, string? key, HttpStatusCode expected)
    {
        var client = app.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        using var response = await client.GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
    }

    private async Task<JsonElement> GetAsync(string url)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DashboardApp.ReadKey);
        return (await Eventually.ValueAsync<JsonElement?>(async () =>
        {
            using var response = await client.GetAsync(url);
            response.EnsureSuccessStatusCode();
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            return TotalSeen(body) < 9 ? null : body;
        }, TimeSpan.FromSeconds(60), "the dashboard to follow the projected dossiers")) ?? throw new InvalidOperationException();
    }

    /// <summary>One answer, once the dashboard holds the whole week (for periods that do not see all of it).</summary>
    private async Task<JsonElement> GetOnceFollowedAsync(string url)
    {
        await GetAsync($"/api/v1/kpi?unit={TestCatalog.Province}&from=2026-11-02&to=2026-11-08");
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DashboardApp.ReadKey);
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static int TotalSeen(JsonElement body) => body.ValueKind == JsonValueKind.Array
        ? body.EnumerateArray().Sum(TotalSeen)
        : body.GetProperty("carriedOver").GetInt32() + body.GetProperty("received").GetProperty("total").GetInt32()
            + body.GetProperty("refused").GetInt32();

    private static void AssertCounts(JsonElement part, params (string Name, int Value)[] expected)
    {
        foreach (var (name, value) in expected)
        {
            Assert.True(part.GetProperty(name).GetInt32() == value, $"{name}: expected {value}, got {part.GetProperty(name)}");
        }
    }

    private static IReadOnlyList<DossierEvent> Week()
    {
        const string commune = TestCatalog.CommuneA;
        const string birth = TestCatalog.BirthRegistration;
        return
        [
            Received("D1", "2026-10-30T09:00:00+07:00", Channel.Online),
            Event("D1-r", "D1", DossierEventType.Resolved, "2026-11-03T10:00:00+07:00"),
            Received("D2", "2026-11-02T08:00:00+07:00", Channel.Direct, due: "2026-11-04T17:00:00+07:00"),
            Event("D2-r", "D2", DossierEventType.Resolved, "2026-11-03T09:00:00+07:00"),
            Received("D3", "2026-11-03T10:00:00+07:00", Channel.Postal, procedure: TestCatalog.Certification),
            Event("D3-r", "D3", DossierEventType.Resolved, "2026-11-03T16:30:00+07:00", procedure: TestCatalog.Certification),
            Received("D4", "2026-11-04T09:00:00+07:00", Channel.Online),
            Received("D5", "2026-11-06T15:00:00+07:00", Channel.Online),
            Received("D6", "2026-11-05T09:00:00+07:00", Channel.Online),
            Event("D6-w", "D6", DossierEventType.Withdrawn, "2026-11-06T09:00:00+07:00"),
            Event("D7-x", "D7", DossierEventType.Refused, "2026-11-05T10:00:00+07:00"),
            Received("D8", "2026-11-08T10:00:00+07:00", Channel.Online),
            Received("D9", "2026-11-10T10:00:00+07:00", Channel.Online),
            Received("D10", "2026-11-03T09:00:00+07:00", Channel.Direct, unit: TestCatalog.Justice, procedure: TestCatalog.CriminalRecord),
            Event("D10-r", "D10", DossierEventType.Resolved, "2026-11-04T09:00:00+07:00", unit: TestCatalog.Justice,
                procedure: TestCatalog.CriminalRecord),
        ];

        DossierEvent Received(string code, string at, string channel, string? due = null, string unit = commune, string procedure = birth) =>
            new(code + "-in", code, DossierEventType.Received, DateTimeOffset.Parse(at), unit, procedure, channel,
                due is null ? null : DateTimeOffset.Parse(due));

        DossierEvent Event(string id, string code, string type, string at, string unit = commune, string procedure = birth) =>
            new(id, code, type, DateTimeOffset.Parse(at), unit, procedure);
    }
}
