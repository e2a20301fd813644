using System.Net;
using System.Text.Json;
using IOC.Analytics.Dossiers;
using IOC.Testing;
using Microsoft.AspNetCore.Hosting;

namespace IOC.Dashboard.Tests.Api;

/// <summary>The KPI API on <see cref="HandComputedWeek"/>.</summary>
public sealed class KpiEndpointTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        var seeder = new ProvinceSeeder(app.Database.DataSource);
        var catalog = await seeder.LoadCatalogAsync();
        await seeder.AppendAndProjectAsync(catalog, HandComputedWeek.Events());
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
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DashboardApp.ReadKey);
        await HandComputedWeek.FollowedAsync(client);
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
}
