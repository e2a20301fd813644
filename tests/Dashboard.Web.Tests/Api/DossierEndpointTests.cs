using System.Net;
using System.Text.Json;
using IOC.Testing;

namespace IOC.Dashboard.Tests.Api;

/// <summary>
/// The dossier lists (CONTRACT.md §2b) on <see cref="HandComputedWeek"/>, against the real stores. At the week's end (T =
/// 00:00 Mon 09/11, date(T) = Sun 08/11): D4 is overdue, due Thu 05/11, so one working day late (Fri 06/11; the weekend is
/// off); D5 (due Mon 09/11 15:00, the next working day) and D8 (due Tue 10/11) are within the deadline; D1, due Mon 02/11,
/// was resolved Tue 03/11, one working day late.
/// </summary>
public sealed class DossierEndpointTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
    private const string Week = HandComputedWeek.Period;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = await HandComputedWeek.ReaderAsync(app);
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Overdue_Province_IsD4OneWorkingDayLateAndAgreesWithTheKpiCount()
    {
        var list = await ListAsync($"unit={TestCatalog.Province}&status=overdue&{Week}");
        var kpi = await HandComputedWeek.FollowedAsync(_client);

        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(kpi.GetProperty("inProcess").GetProperty("overdue").GetInt32(), list.GetProperty("total").GetInt32());
        Assert.Equal("D4", item.GetProperty("dossierCode").GetString());
        Assert.Equal(TestCatalog.CommuneA, item.GetProperty("unitCode").GetString());
        Assert.Equal(TestCatalog.BirthRegistration, item.GetProperty("procedureCode").GetString());
        Assert.Equal("online", item.GetProperty("channel").GetString());
        Assert.Equal("2026-11-04T09:00:00+07:00", item.GetProperty("receivedAt").GetString());
        Assert.Equal("2026-11-05T09:00:00+07:00", item.GetProperty("dueAt").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("resolvedAt").ValueKind);
        Assert.Equal("overdue", item.GetProperty("status").GetString());
        Assert.Equal(1, item.GetProperty("daysOverdue").GetInt32());
        Assert.False(item.GetProperty("waitingSupplement").GetBoolean());
    }

    [Fact]
    public async Task InProcess_Province_AllThreeByDueDateWithTheirStatus()
    {
        var list = await ListAsync($"unit={TestCatalog.Province}&status=in-process&{Week}");

        Assert.Equal(3, list.GetProperty("total").GetInt32());
        Assert.Equal([("D4", "overdue"), ("D5", "within"), ("D8", "within")], Items(list, "status"));
        Assert.All(list.GetProperty("items").EnumerateArray().Skip(1),
            item => Assert.Equal(JsonValueKind.Null, item.GetProperty("daysOverdue").ValueKind));
    }

    [Fact]
    public async Task DueSoon_EndingOnASunday_HoldsWhatIsDueByTheNextWorkingDay()
    {
        var list = await ListAsync($"unit={TestCatalog.Province}&status=due-soon&{Week}");

        Assert.Equal([("D5", "2026-11-09T15:00:00+07:00")], Items(list, "dueAt"));
    }

    [Fact]
    public async Task ResolvedLate_Province_IsD1OneWorkingDayLate()
    {
        var list = await ListAsync($"unit={TestCatalog.Province}&status=resolved-late&{Week}");

        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(("D1", "resolved-late", "2026-11-03T10:00:00+07:00", 1), (item.GetProperty("dossierCode").GetString(),
            item.GetProperty("status").GetString(), item.GetProperty("resolvedAt").GetString(), item.GetProperty("daysOverdue").GetInt32()));
    }

    [Fact]
    public async Task InProcess_OtherDepartment_HoldsNoneOfTheCommunesDossiers()
    {
        var list = await ListAsync($"unit={TestCatalog.Justice}&status=in-process&{Week}");

        Assert.Equal(0, list.GetProperty("total").GetInt32());
        Assert.Empty(list.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task InProcess_SecondPageOfTwoNewestFirst_HoldsTheOldestReceipt()
    {
        var list = await ListAsync($"unit={TestCatalog.Province}&status=in-process&{Week}&sort=-receivedAt&page=2&pageSize=2");

        Assert.Equal((3, 2, 2), (list.GetProperty("total").GetInt32(), list.GetProperty("page").GetInt32(), list.GetProperty("pageSize").GetInt32()));
        Assert.Equal([("D4", "2026-11-04T09:00:00+07:00")], Items(list, "receivedAt"));
    }

    [Fact]
    public async Task InProcess_SearchByPartOfTheCode_FindsThatDossier()
    {
        var list = await ListAsync($"unit={TestCatalog.Province}&status=in-process&{Week}&q=d8");

        Assert.Equal([("D8", "within")], Items(list, "status"));
    }

    [Theory]
    [InlineData("status=overdue", null, HttpStatusCode.Unauthorized)]
    [InlineData("status=overdue", "wrong", HttpStatusCode.Unauthorized)]
    [InlineData("status=late", DashboardApp.ReadKey, HttpStatusCode.BadRequest)]
    [InlineData("status=overdue&sort=name", DashboardApp.ReadKey, HttpStatusCode.BadRequest)]
    [InlineData("status=overdue&pageSize=501", DashboardApp.ReadKey, HttpStatusCode.BadRequest)]
    [InlineData("status=overdue&page=0", DashboardApp.ReadKey, HttpStatusCode.BadRequest)]
    [InlineData("status=overdue&page=two", DashboardApp.ReadKey, HttpStatusCode.BadRequest)]
    [InlineData("status=overdue&pageSize=500", DashboardApp.ReadKey, HttpStatusCode.OK)]
    public async Task Dossiers_Parameters_GetAClearStatus(string parameters, string? key, HttpStatusCode expected)
    {
        using var client = app.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        using var response = await client.GetAsync($"/api/v1/dossiers?unit={TestCatalog.Province}&{Week}&{parameters}");

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("unit=NOWHERE&status=overdue&" + Week, HttpStatusCode.NotFound)]
    [InlineData("status=overdue&" + Week, HttpStatusCode.BadRequest)]
    [InlineData("unit=000.00.00.T01&status=overdue", HttpStatusCode.BadRequest)]
    public async Task Dossiers_UnitOrPeriodMissingOrUnknown_GetAClearStatus(string parameters, HttpStatusCode expected)
    {
        using var response = await _client.GetAsync($"/api/v1/dossiers?{parameters}");

        Assert.Equal(expected, response.StatusCode);
    }

    private async Task<JsonElement> ListAsync(string parameters)
    {
        using var response = await _client.GetAsync($"/api/v1/dossiers?{parameters}");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static List<(string?, string?)> Items(JsonElement list, string property) =>
        list.GetProperty("items").EnumerateArray()
            .Select(item => (item.GetProperty("dossierCode").GetString(), item.GetProperty(property).GetString())).ToList();
}
