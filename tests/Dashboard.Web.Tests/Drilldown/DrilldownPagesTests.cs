using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using IOC.Analytics.Dossiers;
using IOC.Dashboard.Accounts;
using IOC.Dashboard.Tests.Accounts;
using IOC.Dashboard.Tests.Api;
using IOC.Testing;

namespace IOC.Dashboard.Tests.Drilldown;

/// <summary>
/// The unit page and its dossier lists on <see cref="HandComputedWeek"/>, on the real host, as people who signed in see
/// them. The week (02–08/11): 7 received (D2 D3 D4 D5 D6 D8 at the commune, D10 at justice), 4 resolved (D1 late, D2 and
/// D10 early, D3 on time), 3 in process at its end (D4 overdue, one working day late; D5, D8 within). The week before
/// (26/10–01/11), read at its end: D1 received online, in process within its deadline.
/// </summary>
public sealed class DrilldownPagesTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
    private const string Password = "mật-khẩu-thử";
    private const string Week = HandComputedWeek.Period;
    private static readonly HtmlParser Parser = new();

    public async Task InitializeAsync()
    {
        var seeder = new ProvinceSeeder(app.Database.DataSource);
        await seeder.AppendAndProjectAsync(await seeder.LoadCatalogAsync(), [.. HandComputedWeek.Events(), .. SupplementedInOctober()]);
        using var reader = app.CreateClient();
        reader.DefaultRequestHeaders.Add("X-Api-Key", DashboardApp.ReadKey);
        await HandComputedWeek.FollowedAsync(reader);
        await People.EnsureAsync(app, "lanh-dao", AccountRole.Leader, TestCatalog.Province, Password);
        await People.EnsureAsync(app, "chu-tich-xa", AccountRole.Head, TestCatalog.CommuneA, Password);
        await People.EnsureAsync(app, "chu-tich-phuong", AccountRole.Head, TestCatalog.CommuneB, Password);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Leader_ProvincePage_FiguresOfTheWeekBesideTheWeekBefore()
    {
        using var browser = await People.SignedInAsync(app, "lanh-dao", Password);

        var page = await PageAsync(browser, $"/units/{TestCatalog.Province}?{Week}");

        Assert.Equal(["Tỉnh Thử nghiệm"], page.QuerySelectorAll("[data-testid='trail'] a").Select(a => a.TextContent));
        Assert.Equal("1", Text(page, "[data-testid='overdue-link'] .drill-tile-value"));
        Assert.Equal("kỳ trước: 0", Text(page, "[data-testid='overdue-link'] .drill-tile-before"));
        var received = Figure(page, "Tiếp nhận");
        Assert.Equal(("7", "kỳ trước: 1"), (Text(received, ".drill-tile-value"), Text(received, ".drill-tile-before")));
        Assert.Equal("trực tuyến 4 · trực tiếp 2 · bưu chính 1", Text(received, ".drill-tile-detail"));
        Assert.Equal("4", Text(Figure(page, "Đã giải quyết"), ".drill-tile-value"));
        // Report-form on-time rate: (2 early + 1 on time) / 4 resolved; overdue rate 1 / 4.
        Assert.Equal("75,0 %", Text(Figure(page, "Tỷ lệ đúng hạn (Biểu 06)"), ".drill-tile-value"));
        Assert.Equal("25,0 %", Text(Figure(page, "Tỷ lệ trễ hạn (Biểu 06)"), ".drill-tile-value"));
        Assert.Equal("3", Text(Figure(page, "Đang giải quyết"), ".drill-tile-value"));
        Assert.Equal($"/units/{TestCatalog.Province}/dossiers?status=overdue&{Week}",
            page.QuerySelector("[data-testid='overdue-link']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Leader_ProvincePage_ChildUnitsMostOverdueFirstAndSortableByName()
    {
        using var browser = await People.SignedInAsync(app, "lanh-dao", Password);

        var byOverdue = await PageAsync(browser, $"/units/{TestCatalog.Province}?{Week}");
        var byName = await PageAsync(browser, $"/units/{TestCatalog.Province}?{Week}&sort=name");
        var filtered = await PageAsync(browser, $"/units/{TestCatalog.Province}?{Week}&q=s%E1%BB%9F");

        Assert.Equal("Xã Hòa Bình", Names(byOverdue)[0]);
        Assert.Equal(["Phường Tân Lập", "Sở Tư pháp", "Sở Xây dựng", "Xã Hòa Bình"], Names(byName));
        Assert.Equal(["Sở Tư pháp", "Sở Xây dựng"], Names(filtered).Order().ToArray());
    }

    [Fact]
    public async Task Head_OverdueList_IsD4OneWorkingDayLateAndLinksToIt()
    {
        using var browser = await People.SignedInAsync(app, "chu-tich-xa", Password);

        var landing = await PageAsync(browser, $"/units/{TestCatalog.CommuneA}?{Week}");
        var list = await PageAsync(browser, landing.QuerySelector("[data-testid='overdue-link']")!.GetAttribute("href")!);

        var row = Assert.Single(list.QuerySelectorAll("[data-testid='dossier-row']"));
        Assert.Equal("D4", Text(row, "[data-testid='dossier-link']"));
        Assert.Equal("1", Text(row, "[data-testid='days-late']"));
        Assert.Contains("Quá hạn", row.TextContent);
        Assert.Contains("05/11/2026 09:00", row.TextContent);
        Assert.Equal("1 hồ sơ · trang 1/1", Text(list, "[data-testid='list-total']"));
    }

    [Fact]
    public async Task Head_InProcessList_PagesAndSearchKeepTheirQuery()
    {
        using var browser = await People.SignedInAsync(app, "chu-tich-xa", Password);

        var all = await PageAsync(browser, $"/units/{TestCatalog.CommuneA}/dossiers?status=in-process&{Week}&sort=-receivedAt");
        var found = await PageAsync(browser, $"/units/{TestCatalog.CommuneA}/dossiers?status=in-process&{Week}&q=d5");

        Assert.Equal(["D8", "D5", "D4"], all.QuerySelectorAll("[data-testid='dossier-link']").Select(a => a.TextContent));
        Assert.Equal(["D5"], found.QuerySelectorAll("[data-testid='dossier-link']").Select(a => a.TextContent));
    }

    [Fact]
    public async Task OtherHead_OnTheCommunesPagesAndApi_IsRefusedEverywhere()
    {
        using var browser = await People.SignedInAsync(app, "chu-tich-phuong", Password);

        using var unitPage = await browser.GetAsync($"/units/{TestCatalog.CommuneA}?{Week}");
        using var listPage = await browser.GetAsync($"/units/{TestCatalog.CommuneA}/dossiers?status=overdue&{Week}");
        using var api = await browser.GetAsync($"/api/v1/dossiers?unit={TestCatalog.CommuneA}&status=overdue&{Week}");
        using var province = await browser.GetAsync($"/units/{TestCatalog.Province}?{Week}");

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            new[] { unitPage.StatusCode, listPage.StatusCode, api.StatusCode, province.StatusCode });
    }

    [Fact]
    public async Task UnitPage_InEnglish_SpeaksEnglishWithEnglishNumbers()
    {
        using var browser = await People.SignedInAsync(app, "lanh-dao", Password);

        var page = await PageAsync(browser, $"/units/{TestCatalog.Province}?{Week}&lang=en");

        Assert.Equal("75.0 %", Text(Figure(page, "On-time rate (form 06)"), ".drill-tile-value"));
        Assert.Contains("lang=en", page.QuerySelector("[data-testid='overdue-link']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Leader_BirthRegistrationOfTheProvince_FromTheFieldRowsWithItsOnlyCommune()
    {
        using var browser = await People.SignedInAsync(app, "lanh-dao", Password);
        var province = await PageAsync(browser, $"/units/{TestCatalog.Province}?{Week}");
        var link = province.QuerySelectorAll("[data-testid='procedure'] a").Single(a => a.TextContent == "Đăng ký khai sinh");

        var page = await PageAsync(browser, link.GetAttribute("href")!);

        // Births of the week: D2 D4 D5 D6 D8 received (D1 carried over); D1 late and D2 early resolved; D4 overdue, D5 D8 within.
        Assert.Equal($"/units/{TestCatalog.Province}/procedures/{TestCatalog.BirthRegistration}?{Week}", link.GetAttribute("href"));
        Assert.Equal("Đăng ký khai sinh", Text(page, "[data-testid='procedure-name']"));
        var received = Figure(page, "Tiếp nhận");
        Assert.Equal(("5", "kỳ trước: 1"), (Text(received, ".drill-tile-value"), Text(received, ".drill-tile-before")));
        Assert.Equal("trước hạn 1 · đúng hạn 0 · trễ hạn 1", Text(Figure(page, "Đã giải quyết"), ".drill-tile-detail"));
        Assert.Equal("1", Text(page, "[data-testid='overdue-link'] .drill-tile-value"));
        var unit = Assert.Single(page.QuerySelectorAll("[data-testid='procedure-unit']"));
        Assert.Equal("Xã Hòa Bình", unit.Children[0].TextContent.Trim());
        Assert.Equal("5", unit.Children[1].TextContent.Trim());
    }

    [Fact]
    public async Task Head_DossierPage_ResolvedLateOneWorkingDayWithItsEventsInOrder()
    {
        using var browser = await People.SignedInAsync(app, "chu-tich-xa", Password);

        var list = await PageAsync(browser, $"/units/{TestCatalog.CommuneA}/dossiers?status=resolved-late&{Week}");
        var page = await PageAsync(browser, list.QuerySelector("[data-testid='dossier-link']")!.GetAttribute("href")!);

        Assert.Equal("Hồ sơ D1", Text(page, "[data-testid='dossier-code']"));
        Assert.Equal("Đã giải quyết trễ hạn · 1 ngày làm việc", Text(page, "[data-testid='standing']"));
        Assert.Equal(["Tiếp nhận", "Đã giải quyết"], page.QuerySelectorAll("[data-testid='event-type']").Select(e => e.TextContent));
        Assert.Contains("02/11/2026 09:00", Text(page, "[data-testid='due']"));
        Assert.Equal(["Xã Hòa Bình"], page.QuerySelectorAll("[data-testid='trail'] a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Head_DossierWithASupplement_ShowsTheWaitAndTheDueDateItMoved()
    {
        using var browser = await People.SignedInAsync(app, "chu-tich-xa", Password);

        var page = await PageAsync(browser, "/dossiers/D20");

        var wait = Assert.Single(page.QuerySelectorAll("[data-testid='supplement']"));
        Assert.StartsWith("05/10/2026 14:00", wait.Children[0].TextContent);
        Assert.StartsWith("07/10/2026 14:00", wait.Children[1].TextContent);
        Assert.Equal(wait.Children[2].TextContent, Text(page, "[data-testid='effective-due']"));
        Assert.NotEqual(Text(page, "[data-testid='due']"), Text(page, "[data-testid='effective-due']"));
        Assert.Equal(["Tiếp nhận", "Yêu cầu bổ sung", "Đã bổ sung", "Đã giải quyết"],
            page.QuerySelectorAll("[data-testid='event-type']").Select(e => e.TextContent));
    }

    [Fact]
    public async Task OtherHead_DossierOfTheCommune_IsRefusedAndAnUnknownOneIsNotFound()
    {
        using var browser = await People.SignedInAsync(app, "chu-tich-phuong", Password);

        using var other = await browser.GetAsync("/dossiers/D4");
        using var unknown = await browser.GetAsync("/dossiers/NO-SUCH-DOSSIER");

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.DoesNotContain("D4-in", await other.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    // D20, well before the week: received Mon 05/10 09:00, a supplement asked that afternoon and brought Wed 07/10, resolved Fri 09/10.
    private static IEnumerable<DossierEvent> SupplementedInOctober()
    {
        DossierEvent Event(string id, string type, string at) => new(id, "D20", type, DateTimeOffset.Parse(at), TestCatalog.CommuneA,
            TestCatalog.BirthRegistration, type == DossierEventType.Received ? Channel.Direct : null);
        return
        [
            Event("D20-in", DossierEventType.Received, "2026-10-05T09:00:00+07:00"),
            Event("D20-s", DossierEventType.SupplementRequested, "2026-10-05T14:00:00+07:00"),
            Event("D20-b", DossierEventType.Supplemented, "2026-10-07T14:00:00+07:00"),
            Event("D20-r", DossierEventType.Resolved, "2026-10-09T10:00:00+07:00"),
        ];
    }

    private static async Task<IDocument> PageAsync(HttpClient browser, string url)
    {
        using var response = await browser.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    private static IElement Figure(IDocument page, string label) =>
        page.QuerySelectorAll("[data-testid='figure']").Single(tile => Text(tile, ".drill-tile-label") == label);

    private static string Text(IParentNode node, string selector) => node.QuerySelector(selector)?.TextContent.Trim() ?? "";

    private static string[] Names(IDocument page) =>
        page.QuerySelectorAll("[data-testid='child-unit'] td:first-child a").Select(a => a.TextContent.Trim()).ToArray();
}
