using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IOC.Analytics.Calendar;
using IOC.Analytics.Kpi;
using IOC.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IOC.Ingestion.Tests.Api;

/// <summary>
/// PUT /api/v1/catalog/calendar and /catalog/targets on the real service and database: edits land together or not at
/// all, with reasons; a day made a day off moves an open dossier's due time; the targets are read back as stored.
/// </summary>
public sealed class CalendarAndTargetEndpointTests(IngestionApp app) : IClassFixture<IngestionApp>
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task PutCalendar_ADayOffBeforeADue_MovesTheOpenDossiersDueTime()
    {
        var source = app.CreateSourceClient();
        await source.LoadTestCatalogAsync();
        await source.PostEventsAsync(SourceClient.Received("cal-1", "CAL-D1", "2026-11-26T09:00:00+07:00"));
        await Eventually.TrueAsync(async () => await DueAsync("CAL-D1") == At("2026-11-27T09:00:00+07:00"), Generous,
            "one working day after Thursday 26/11 09:00");

        using var response = await Service().PutAsJsonAsync("/api/v1/catalog/calendar",
            new[] { new { date = "2026-11-27", kind = CalendarDayKind.DayOff, name = "Nghỉ theo quyết định của tỉnh" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calendar = await new CalendarStore(app.Database.DataSource).LoadAsync();
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 11, 27)));
        // Friday 27/11 off, then the weekend: the day's work falls on Monday 30/11 at the same hour.
        await Eventually.TrueAsync(async () => await DueAsync("CAL-D1") == At("2026-11-30T09:00:00+07:00"), Generous,
            "the due time to move past the new day off");
    }

    [Fact]
    public async Task PutCalendar_ADayBackToTheRule_IsAWorkingDayAgain_AndTheYearsVersionGoesUp()
    {
        var store = new CalendarStore(app.Database.DataSource);
        var before = (await store.LoadAsync()).Years.Single(year => year.Year == 2027).Version;

        using var made = await Service().PutAsJsonAsync("/api/v1/catalog/calendar",
            new[] { new { date = "2027-03-05", kind = (string?)CalendarDayKind.Holiday, name = "Ngày thử" } });
        var holiday = (await store.LoadAsync()).IsWorkingDay(new DateOnly(2027, 3, 5));
        using var undone = await Service().PutAsJsonAsync("/api/v1/catalog/calendar", new[] { new { date = "2027-03-05", kind = (string?)null } });
        var after = await store.LoadAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (made.StatusCode, undone.StatusCode));
        Assert.False(holiday);
        Assert.True(after.IsWorkingDay(new DateOnly(2027, 3, 5)));
        Assert.Equal(before + 2, after.Years.Single(year => year.Year == 2027).Version);
        using var body = JsonDocument.Parse(await undone.Content.ReadAsStringAsync());
        Assert.Equal(before + 2, body.RootElement.GetProperty("versions").GetProperty("2027").GetInt32());
    }

    [Fact]
    public async Task PutCalendar_OneBadDay_ChangesNothing_AndSaysWhy()
    {
        using var response = await Service().PutAsJsonAsync("/api/v1/catalog/calendar", new object[]
        {
            new { date = "2027-04-06", kind = CalendarDayKind.DayOff, name = "Hợp lệ" },
            new { date = "06/04/2027", kind = "festival" },
            new { date = "2027-04-07", kind = CalendarDayKind.Working },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal([1, 2], body.RootElement.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("index").GetInt32()));
        Assert.Contains("date must be a day as yyyy-MM-dd", SourceClient.ErrorsOf(body.RootElement, 0));
        Assert.Contains(SourceClient.ErrorsOf(body.RootElement, 0), error => error.StartsWith("kind must be one of", StringComparison.Ordinal));
        Assert.Contains("name is required", SourceClient.ErrorsOf(body.RootElement, 1));
        Assert.True((await new CalendarStore(app.Database.DataSource).LoadAsync()).IsWorkingDay(new DateOnly(2027, 4, 6)));
    }

    [Fact]
    public async Task PutTargets_Stored_AreTheBoardsWithinSeconds_AndOutOfRangeIsRefused()
    {
        using var refused = await Service().PutAsJsonAsync("/api/v1/catalog/targets", new { onlineRatio = 1.5 });
        using var stored = await Service().PutAsJsonAsync("/api/v1/catalog/targets", new { onlineRatio = 0.55, maxOverdueRate = 0.03 });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using var reasons = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("maxOverdueRate is required", SourceClient.ErrorsOf(reasons.RootElement, 0));
        Assert.Contains("a target is a fraction from 0 to 1", SourceClient.ErrorsOf(reasons.RootElement, 0));
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Equal(new KpiTargets(0.55, 0.03), await new KpiTargetStore(app.Database.DataSource).LoadAsync(KpiTargets.Default, CancellationToken.None));
        Assert.Equal(new KpiTargets(0.55, 0.03), app.Services.GetRequiredService<KpiTargetBoard>().Current);
    }

    private HttpClient Service()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", IngestionApp.ServiceKey);
        return client;
    }

    private async Task<DateTimeOffset?> DueAsync(string dossier)
    {
        await using var command = app.Database.DataSource.CreateCommand("SELECT effective_due_at FROM dossier WHERE code = @code");
        command.Parameters.AddWithValue("code", dossier);
        return await command.ExecuteScalarAsync() is DateTime due ? new DateTimeOffset(due, TimeSpan.Zero) : null;
    }

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);
}
