using System.Net;
using System.Text.Json;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Time;
using IOC.Dashboard.Accounts;
using IOC.Dashboard.Reports;
using IOC.Dashboard.Tests.Accounts;
using IOC.Dashboard.Tests.Api;
using IOC.Dashboard.Tests.Exports;
using IOC.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IOC.Dashboard.Tests.Reports;

/// <summary>
/// The report archive on the real database, on <see cref="HandComputedWeek"/>: an ended period's report is stored once
/// and served from the archive; the schedule stores every due report of every unit and nothing twice; two makers at
/// once store one revision; a late event makes a second revision whose changed cells are listed, the first staying
/// downloadable and the Reports page lists both with the changed cells; a running period is never stored; on a fake
/// clock, the schedule makes up a missed week at start-up and makes last week at 07:00 on Monday, not before.
/// </summary>
public sealed class ReportArchiveTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
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
    public async Task EndedWeek_IsStoredOnItsFirstRequest_AndServedFromTheArchiveAfter()
    {
        using var first = await _client.GetAsync($"/api/v1/reports/2026-W45.xlsx?unit={TestCatalog.Justice}");
        using var second = await _client.GetAsync($"/api/v1/reports/2026-W45.html?unit={TestCatalog.Justice}");
        var stored = await Archive.ListAsync(TestCatalog.Justice, CancellationToken.None);

        Assert.Equal(("1", "1"), (Revision(first), Revision(second)));
        Assert.Single(stored, report => report.Period == "2026-W45");
        Assert.Contains("Sở Tư pháp", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StoredWeeksPdf_IsPrintedOnce_ThenKeptWithItsRevision()
    {
        var first = await _client.GetByteArrayAsync($"/api/v1/reports/2026-W44.pdf?unit={TestCatalog.Justice}");
        var kept = await Archive.FindAsync("2026-W44", TestCatalog.Justice, null, CancellationToken.None);
        var second = await _client.GetByteArrayAsync($"/api/v1/reports/2026-W44.pdf?unit={TestCatalog.Justice}");

        Assert.StartsWith("%PDF-", System.Text.Encoding.Latin1.GetString(first, 0, 5));
        Assert.Equal(first, kept!.Pdf);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task RunningPeriod_IsMadeOnRequest_AndNeverStored()
    {
        var running = ReportPeriod.FromWeekOf(ProvinceTime.DateOf(DateTimeOffset.UtcNow));

        using var response = await _client.GetAsync($"/api/v1/reports/{running.Code}.html?unit={TestCatalog.CommuneB}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("IOC-Report-Revision"));
        Assert.Contains("tạm tính", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.DoesNotContain(await Archive.ListAsync(TestCatalog.CommuneB, CancellationToken.None), report => report.Period == running.Code);
    }

    [Fact]
    public async Task Schedule_StoresEveryDueReportOfEveryUnit_AndNothingTwice()
    {
        var scheduler = app.Services.GetRequiredService<ReportScheduler>();

        await scheduler.RunOnceAsync(CancellationToken.None);
        var again = await scheduler.RunOnceAsync(CancellationToken.None);
        var due = ReportSchedule.Due(DateTimeOffset.UtcNow).Select(period => period.Code).ToList();
        var stored = await Archive.StoredAsync(due, CancellationToken.None);

        Assert.Equal(0, again);
        Assert.Equal(due.Count * 5, stored.Count);
        Assert.Contains(("2026-W45", TestCatalog.Province), stored);
        Assert.Contains(("2026-11c", TestCatalog.CommuneA), stored);

        await People.EnsureAsync(app, "archive-admin", AccountRole.Admin, TestCatalog.Province, "đã-gửi");
        using var admin = await People.SignedInAsync(app, "archive-admin", "đã-gửi");
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/reports?unit={TestCatalog.Province}&period=2026-W45"));
        var units = System.Text.RegularExpressions.Regex.Matches(page, "data-testid=\"period-unit\" data-unit=\"([^\"]+)\".*?</tr>",
            System.Text.RegularExpressions.RegexOptions.Singleline).ToList();
        string[] everyUnit = [TestCatalog.Province, TestCatalog.Justice, TestCatalog.Construction, TestCatalog.CommuneA, TestCatalog.CommuneB];
        Assert.Equal(everyUnit.Order(StringComparer.Ordinal), units.Select(match => match.Groups[1].Value).Order(StringComparer.Ordinal));
        Assert.All(units, match => Assert.Contains("/api/v1/reports/2026-W45.xlsx?unit=", match.Value));
    }

    [Fact]
    public async Task Schedule_PrintsTheNewestWeeksPdfsAFewAtATime()
    {
        var scheduler = app.Services.GetRequiredService<ReportScheduler>();
        await scheduler.RunOnceAsync(CancellationToken.None);
        var week = ReportSchedule.Due(DateTimeOffset.UtcNow).First(period => period.Kind == ReportPeriodKind.Week).Code;
        var awaiting = (await Archive.AwaitingPdfAsync(week, 10, CancellationToken.None)).Count;

        var printed = await scheduler.PrintNewestWeekAsync(2, CancellationToken.None);

        Assert.True(awaiting >= 2, $"only {awaiting} of the week's reports await their PDF");
        Assert.Equal(2, printed);
        Assert.Equal(awaiting - printed, (await Archive.AwaitingPdfAsync(week, 10, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task ScheduleOnAFakeClock_MakesLastWeekAtSevenOnMonday_NotBefore()
    {
        // Monday 28 September 2026, 06:59: week 39 (21–27 September) is due at 07:00, week 38 was due a week ago.
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-09-28T06:59:00+07:00", System.Globalization.CultureInfo.InvariantCulture));
        var noPrinting = new ReportPdf(new DashboardSettings("", "") { Chromium = "/no/chromium" });
        using var scheduler = new ReportScheduler(app.Services.GetRequiredService<IOC.Analytics.Kpi.FactsFollower>(),
            app.Services.GetRequiredService<ReportArchiver>(), Archive, noPrinting, app.Services.GetRequiredService<IOC.Analytics.Catalog.CatalogCache>(),
            clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<ReportScheduler>.Instance);

        await scheduler.StartAsync(CancellationToken.None);
        await Eventually.TrueAsync(async () => await StoredUnitsAsync("2026-W38") == 5, TimeSpan.FromSeconds(60), "the start-up to make week 38");
        var before = await StoredUnitsAsync("2026-W39");
        // The loop waits a minute on the fake clock between rounds: move it on a minute each look until the round at 07:00 has run.
        await Eventually.TrueAsync(async () =>
        {
            if (await StoredUnitsAsync("2026-W39") == 5)
            {
                return true;
            }
            clock.Advance(ReportScheduler.Interval);
            return false;
        }, TimeSpan.FromSeconds(60), "07:00 to make week 39");
        await scheduler.StopAsync(CancellationToken.None);

        Assert.Equal(0, before);
    }

    [Fact]
    public async Task TwoMakersAtOnce_StoreOneRevision()
    {
        var catalog = await app.Services.GetRequiredService<IOC.Analytics.Catalog.CatalogCache>().FreshEnoughAsync(false, CancellationToken.None);
        var archiver = app.Services.GetRequiredService<ReportArchiver>();
        var week = ReportPeriod.Parse("2026-W40")!;

        var made = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            Task.Run(() => archiver.ArchiveAsync(catalog, catalog.Unit(TestCatalog.CommuneB)!, week, CancellationToken.None))));

        Assert.Equal([1], made.OfType<int>());
        Assert.Single(await Archive.ListAsync(TestCatalog.CommuneB, CancellationToken.None), report => report.Period == "2026-W40");
    }

    [Fact]
    public async Task LateEvent_MakesASecondRevisionThatSaysWhichCellsChanged_AndTheFirstStays()
    {
        var scheduler = app.Services.GetRequiredService<ReportScheduler>();
        await scheduler.RunOnceAsync(CancellationToken.None);
        var before = (await Archive.FindAsync("2026-W45", TestCatalog.CommuneA, null, CancellationToken.None))!;

        // D11: received on Thursday 5 November at Xã Hòa Bình, sent a month late.
        var seeder = new ProvinceSeeder(app.Database.DataSource);
        await seeder.AppendAndProjectAsync(await seeder.LoadCatalogAsync(),
        [
            new DossierEvent("D11-r", "D11", DossierEventType.Received, DateTimeOffset.Parse("2026-11-05T10:00:00+07:00"),
                TestCatalog.CommuneA, TestCatalog.BirthRegistration, Channel.Direct, null, null, null, null, null),
        ]);
        await Eventually.TrueAsync(async () => await ReceivedAsync() == 7, TimeSpan.FromSeconds(60), "the dashboard to follow D11");
        await Eventually.TrueAsync(async () => await scheduler.RunOnceAsync(CancellationToken.None) > 0
            || (await Archive.FindAsync("2026-W45", TestCatalog.CommuneA, null, CancellationToken.None))!.Report.Revision > before.Report.Revision,
            TimeSpan.FromSeconds(60), "the schedule to remake the week");
        var after = (await Archive.FindAsync("2026-W45", TestCatalog.CommuneA, null, CancellationToken.None))!;
        var changes = ReportFigures.FromJson(after.Figures).Changes(ReportFigures.FromJson(before.Figures));
        using var first = await _client.GetAsync($"/api/v1/reports/2026-W45.xlsx?unit={TestCatalog.CommuneA}&revision={before.Report.Revision}");
        var firstTotal = ExportReading.Sheets(await first.Content.ReadAsByteArrayAsync(), out _)["Biểu 06"].Single(row => row.Length > 2 && (string?)row[1] == "Tổng cộng");

        Assert.Equal(before.Report.Revision + 1, after.Report.Revision);
        Assert.Contains(new ChangedCell("Trực tiếp tại Xã Hòa Bình", "Số hồ sơ nhận giải quyết: Tiếp nhận trong kỳ", "6", "7"), changes);
        Assert.Contains(new ChangedCell("Tổng cộng", "Số hồ sơ nhận giải quyết: Trực tiếp", "1", "2"), changes);
        Assert.Equal(6.0, firstTotal[4]);

        await People.EnsureAsync(app, "archive-head", AccountRole.Head, TestCatalog.CommuneA, "lần-hai");
        using var head = await People.SignedInAsync(app, "archive-head", "lần-hai");
        var page = WebUtility.HtmlDecode(await head.GetStringAsync("/reports"));
        Assert.Contains($"/api/v1/reports/2026-W45.xlsx?unit={TestCatalog.CommuneA}&revision={after.Report.Revision}", page);
        Assert.Contains($"/api/v1/reports/2026-W45.xlsx?unit={TestCatalog.CommuneA}&revision={before.Report.Revision}", page);
        Assert.Contains("Trực tiếp tại Xã Hòa Bình · Số hồ sơ nhận giải quyết: Tiếp nhận trong kỳ: 6 → 7", page);
    }

    [Fact]
    public async Task AdminMarksARevisionSent_ANewerRevisionStandsBesideIt_NeverInItsPlace()
    {
        var catalog = await app.Services.GetRequiredService<IOC.Analytics.Catalog.CatalogCache>().FreshEnoughAsync(false, CancellationToken.None);
        var archiver = app.Services.GetRequiredService<ReportArchiver>();
        var week = ReportPeriod.Parse("2026-W46")!;
        await archiver.ArchiveAsync(catalog, catalog.Unit(TestCatalog.Province)!, week, CancellationToken.None);
        var sent = (await Archive.FindAsync(week.Code, TestCatalog.Province, null, CancellationToken.None))!.Report.Revision;
        await People.EnsureAsync(app, "archive-admin", AccountRole.Admin, TestCatalog.Province, "đã-gửi");
        using var admin = await People.SignedInAsync(app, "archive-admin", "đã-gửi");
        var form = await admin.GetStringAsync($"/reports?unit={TestCatalog.Province}");
        using var mark = await admin.PostAsync($"/reports?unit={TestCatalog.Province}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "report-sent",
            ["__RequestVerificationToken"] = System.Text.RegularExpressions.Regex.Match(form, "__RequestVerificationToken\"[^>]*?value=\"([^\"]+)\"").Groups[1].Value,
            ["Sent.Key"] = $"{week.Code}|{sent}",
        }));
        Assert.Equal(HttpStatusCode.OK, mark.StatusCode);

        // D12: received on Tuesday 10 November at Phường Tân Lập, sent weeks late.
        var seeder = new ProvinceSeeder(app.Database.DataSource);
        await seeder.AppendAndProjectAsync(await seeder.LoadCatalogAsync(),
        [
            new DossierEvent("D12-r", "D12", DossierEventType.Received, DateTimeOffset.Parse("2026-11-10T10:00:00+07:00"),
                TestCatalog.CommuneB, TestCatalog.BirthRegistration, Channel.Online, null, null, null, null, null),
        ]);
        await Eventually.TrueAsync(async () => await archiver.ArchiveAsync(catalog, catalog.Unit(TestCatalog.Province)!, week, CancellationToken.None) is not null,
            TimeSpan.FromSeconds(60), "a newer revision of week 46");
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/reports?unit={TestCatalog.Province}"));
        var rows = System.Text.RegularExpressions.Regex.Matches(page, "data-period=\"2026-W46\".*?</tr>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(match => match.Value).ToList();

        Assert.Contains(rows, row => row.Contains($">{sent}</td>") && row.Contains("Đã gửi") && row.Contains("archive-admin"));
        Assert.Contains(rows, row => row.Contains($">{sent + 1}</td>") && row.Contains($"Mới hơn lần {sent} đã gửi"));
        Assert.DoesNotContain(rows, row => row.Contains("report-mark-sent"));
        Assert.Contains("report.sent", WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/audit")));
    }

    private ReportArchive Archive => app.Services.GetRequiredService<ReportArchive>();

    private async Task<int> StoredUnitsAsync(string period) =>
        (await Archive.StoredAsync([period], CancellationToken.None)).Count;

    private static string? Revision(HttpResponseMessage response) =>
        response.Headers.TryGetValues("IOC-Report-Revision", out var values) ? values.Single() : null;

    private async Task<int> ReceivedAsync()
    {
        using var kpi = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/kpi?unit={TestCatalog.CommuneA}&{HandComputedWeek.Period}"));
        return kpi.RootElement.GetProperty("received").GetProperty("total").GetInt32();
    }
}
