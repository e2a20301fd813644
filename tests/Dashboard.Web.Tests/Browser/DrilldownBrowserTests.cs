using System.Globalization;
using IOC.Dashboard.Accounts;
using IOC.Dashboard.Tests.Api;
using IOC.Dashboard.Tests.Exports;
using IOC.Testing;
using IOC.Testing.Servers;
using Microsoft.Playwright;

namespace IOC.Dashboard.Tests.Browser;

/// <summary>
/// A department head in a real Chromium against Dashboard.Web as a process, on <see cref="HandComputedWeek"/>: signs in,
/// lands on their unit (its weekly trend drawn by ApexCharts), reaches the overdue dossiers in one click and a dossier in two, reads the list on a phone without
/// a horizontal scrollbar; on the wall, signed in, the ranking and the figure rows lead into the pages (a screen gets no
/// links); the overdue list downloads as CSV and Excel with the rows on screen; another unit's head is refused the same
/// pages, the list's API and its exports; a head disabled while a page is open is sent to sign in; the Reports page lists
/// the stored week and downloads it as Excel and PDF.
/// </summary>
public sealed class DrilldownBrowserTests : IAsyncLifetime
{
    private const float Generous = WallBrowser.Generous;
    private const string Password = "mật-khẩu-trình-duyệt";
    private readonly PostgresDatabase _database = new();
    private ServiceProcess _dashboard = null!;
    private WallBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var seeder = new ProvinceSeeder(_database.DataSource);
        await seeder.AppendAndProjectAsync(await seeder.LoadCatalogAsync(), HandComputedWeek.Events());
        await AddAsync("head-commune", TestCatalog.CommuneA);
        await AddAsync("head-ward", TestCatalog.CommuneB);
        var influx = await InfluxServer.SharedAsync();
        _dashboard = new ServiceProcess("IOC.Dashboard.Web.dll", new Dictionary<string, string>
        {
            ["IOC_PG"] = _database.ConnectionString,
            ["IOC_INFLUX_URL"] = influx.Url.ToString(),
            ["IOC_READ_API_KEY"] = "drill-read",
        });
        await _dashboard.StartAsync();
        _browser = await WallBrowser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _dashboard.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Head_SignsIn_ReachesTheOverdueListInOneClickAndADossierInTwo_AlsoOnAPhone()
    {
        var page = await _browser.NewPageAsync();
        await SignInAsync(page, "head-commune");
        await Assertions.Expect(page).ToHaveURLAsync(Url($"/units/{TestCatalog.CommuneA}"), new() { Timeout = Generous });
        var overdue = await page.GetByTestId("overdue-link").Locator(".drill-tile-value").TextContentAsync();
        await Assertions.Expect(page.Locator("[data-testid='chart-trend'] .apexcharts-series")).ToHaveCountAsync(2, new() { Timeout = Generous });
        await WallBrowser.ScreenshotAsync(page, "drilldown-unit");

        await page.GetByTestId("overdue-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("list-title")).ToHaveTextAsync("Hồ sơ đang giải quyết quá hạn", new() { Timeout = Generous });
        await Assertions.Expect(page.GetByTestId("dossier-row")).ToHaveCountAsync(int.Parse(overdue!), new() { Timeout = Generous });
        var listUrl = page.Url;
        await page.GetByTestId("dossier-link").GetByText("D4", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("dossier-code")).ToHaveTextAsync("Hồ sơ D4", new() { Timeout = Generous });
        await Assertions.Expect(page.GetByTestId("standing")).ToContainTextAsync("Đang giải quyết – quá hạn");
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(listUrl, new() { Timeout = Generous });

        await page.SetViewportSizeAsync(360, 740);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("dossier-row").First).ToBeVisibleAsync(new() { Timeout = Generous });
        await WallBrowser.ScreenshotAsync(page, "drilldown-list-phone");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "the overdue list scrolls sideways on a 360 px phone");
    }

    [Fact]
    public async Task Head_ExportsTheOverdueListAsCsvAndExcel_AndReadsBothBack()
    {
        var page = await _browser.NewPageAsync();
        await SignInAsync(page, "head-commune");
        await Assertions.Expect(page).ToHaveURLAsync(Url($"/units/{TestCatalog.CommuneA}"), new() { Timeout = Generous });
        var overdue = await page.GetByTestId("overdue-link").Locator(".drill-tile-value").TextContentAsync();
        await page.GetByTestId("overdue-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("dossier-row")).ToHaveCountAsync(int.Parse(overdue!), new() { Timeout = Generous });
        var codes = await page.GetByTestId("dossier-link").AllTextContentsAsync();
        var daysLate = await page.GetByTestId("days-late").AllTextContentsAsync();

        var csv = await DownloadAsync(page, "export-csv");
        var xlsx = await DownloadAsync(page, "export-xlsx");

        Assert.EndsWith(".csv", csv.Name, StringComparison.Ordinal);
        Assert.True(ExportReading.HasByteOrderMark(csv.Bytes), "the CSV has no byte-order mark");
        var csvRows = ExportReading.Csv(csv.Bytes, ';');
        Assert.Equal("Mã hồ sơ", csvRows[0][0]);
        Assert.Equal(codes, csvRows.Skip(1).Select(row => row[0]));
        var xlsxRows = ExportReading.Xlsx(xlsx.Bytes, out var facts);
        Assert.True(facts.Errors.Length == 0, string.Join("\n", facts.Errors));
        Assert.Equal(codes, xlsxRows.Skip(1).Select(row => (string?)row[0]));
        Assert.Equal(daysLate.Select(days => double.Parse(days, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("vi-VN"))),
            xlsxRows.Skip(1).Select(row => (double)row[8]!));
    }

    [Fact]
    public async Task Head_OnTheWall_RankingAndRowsLeadIntoThePages_ButNotForAScreen()
    {
        var page = await _browser.NewPageAsync();
        await SignInAsync(page, "head-commune");
        await Assertions.Expect(page).ToHaveURLAsync(Url($"/units/{TestCatalog.CommuneA}"), new() { Timeout = Generous });
        var screen = await _browser.NewPageAsync();

        await page.GotoAsync(Url($"/wall?unit={TestCatalog.CommuneA}"));
        await screen.GotoAsync(Url($"/wall?unit={TestCatalog.CommuneA}"));
        await Assertions.Expect(page.GetByTestId("ranking-link").First).ToHaveTextAsync("Đăng ký khai sinh", new() { Timeout = Generous });
        await Assertions.Expect(screen.GetByTestId("ranking-row").First).ToContainTextAsync("Đăng ký khai sinh", new() { Timeout = Generous });
        await Assertions.Expect(page.GetByTestId("today-drill")).ToBeVisibleAsync();
        await Assertions.Expect(screen.GetByTestId("ranking-link")).ToHaveCountAsync(0);
        await Assertions.Expect(screen.GetByTestId("today-drill")).ToHaveCountAsync(0);

        // The charts are drawn only once the live circuit runs: a click before that could fall between prerender and circuit.
        await Assertions.Expect(page.Locator("[data-testid='chart-hourly'] .apexcharts-series").First).ToBeAttachedAsync(new() { Timeout = Generous });
        await page.GetByTestId("ranking-link").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("procedure-name")).ToHaveTextAsync("Đăng ký khai sinh", new() { Timeout = Generous });
        Assert.StartsWith(Url($"/units/{TestCatalog.CommuneA}/procedures/{TestCatalog.BirthRegistration}?period=today"), page.Url);
    }

    [Fact]
    public async Task DisabledHead_AnOpenUnitPage_IsSentToSignIn()
    {
        var page = await _browser.NewPageAsync();
        await SignInAsync(page, "head-commune");
        await Assertions.Expect(page.Locator("[data-testid='chart-trend'] .apexcharts-series")).ToHaveCountAsync(2, new() { Timeout = Generous });

        await ToolAsync("user", "disable", "head-commune");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login"), new() { Timeout = Generous });
    }

    [Fact]
    public async Task Head_ThePrintableWeeklyReport_FitsAnA4LandscapePage()
    {
        var page = await _browser.NewPageAsync();
        await SignInAsync(page, "head-commune");
        await Assertions.Expect(page).ToHaveURLAsync(Url($"/units/{TestCatalog.CommuneA}"), new() { Timeout = Generous });

        // A4 landscape at the 96 px per inch Chromium prints with, less the 12 mm margins: 1032 × 703 px.
        await page.SetViewportSizeAsync(1032, 703);
        await page.GotoAsync(Url("/api/v1/reports/2026-W45.html"));
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.GetByTestId("report-total")).ToContainTextAsync("Tổng cộng");
        await Assertions.Expect(page.GetByTestId("report-period")).ToContainTextAsync("Tuần 45/2026");
        await WallBrowser.ScreenshotAsync(page, "report-week-a4");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "the printable report is wider than an A4 landscape page");
    }

    [Fact]
    public async Task Head_TheReportsPage_ListsTheStoredWeek_ItsExcelAndPdfDownload()
    {
        var page = await _browser.NewPageAsync();
        await SignInAsync(page, "head-commune");
        await Assertions.Expect(page).ToHaveURLAsync(Url($"/units/{TestCatalog.CommuneA}"), new() { Timeout = Generous });

        // The schedule stores the ended weeks once the dossiers are loaded; the page shows what it has stored.
        await page.GetByTestId("reports-link").ClickAsync();
        var week = page.Locator("[data-testid='report-stored'][data-period='2026-W45']");
        await Eventually.TrueAsync(async () =>
        {
            await page.ReloadAsync();
            return await week.CountAsync() > 0;
        }, TimeSpan.FromSeconds(90), "the schedule to store week 45");
        await Assertions.Expect(week.First).ToContainTextAsync("Tuần 45/2026");
        var xlsx = await DownloadFromAsync(page, week.First.GetByTestId("report-xlsx"));
        var pdf = await DownloadFromAsync(page, week.First.GetByTestId("report-pdf"));

        var form = ExportReading.Sheets(xlsx.Bytes, out var errors)["Biểu 06"];
        Assert.True(errors.Length == 0, string.Join("\n", errors));
        Assert.Equal(7.0, form.Single(row => row.Length > 2 && (string?)row[1] == "Tổng cộng")[2]);
        Assert.StartsWith("%PDF-", System.Text.Encoding.Latin1.GetString(pdf.Bytes, 0, 5));
        Assert.Equal($"bao-cao-{TestCatalog.CommuneA}-2026-W45.pdf", pdf.Name);

        // The week's reports across units: a commune's head sees their own commune's and no other unit's.
        await week.First.GetByTestId("report-period-link").ClickAsync();
        var units = page.GetByTestId("period-unit");
        await Assertions.Expect(units.First).ToBeVisibleAsync(new() { Timeout = Generous });
        var listed = await units.EvaluateAllAsync<string[]>("rows => rows.map(row => row.dataset.unit)");
        Assert.Equal([TestCatalog.CommuneA], listed);
    }

    [Fact]
    public async Task OtherHead_TheCommunesPages_AreRefusedInVietnamese()
    {
        var page = await _browser.NewPageAsync();
        await SignInAsync(page, "head-ward");
        await Assertions.Expect(page).ToHaveURLAsync(Url($"/units/{TestCatalog.CommuneB}"), new() { Timeout = Generous });

        var unit = await page.GotoAsync(Url($"/units/{TestCatalog.CommuneA}"));
        Assert.Equal(403, unit!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Không có quyền xem");
        var reports = await page.GotoAsync(Url($"/reports?unit={TestCatalog.CommuneA}"));
        Assert.Equal(403, reports!.Status);
        var dossier = await page.GotoAsync(Url("/dossiers/D4"));
        Assert.Equal(403, dossier!.Status);
        await Assertions.Expect(page.GetByTestId("dossier-refused")).ToContainTextAsync("Không có quyền xem");
        foreach (var path in new[]
        {
            $"/api/v1/dossiers?unit={TestCatalog.CommuneA}&status=overdue&{HandComputedWeek.Period}",
            $"/api/v1/dossiers.csv?unit={TestCatalog.CommuneA}&status=overdue&{HandComputedWeek.Period}",
            $"/api/v1/kpi/units.xlsx?parent={TestCatalog.Province}&{HandComputedWeek.Period}",
            $"/api/v1/reports/2026-W45.xlsx?unit={TestCatalog.CommuneA}",
            $"/api/v1/reports/2026-W45.pdf?unit={TestCatalog.CommuneA}",
        })
        {
            var answer = await page.APIRequest.GetAsync(Url(path));
            Assert.True(answer.Status == 403, $"{path} answered {answer.Status} to the other commune's head");
        }
    }

    private static Task<(string Name, byte[] Bytes)> DownloadAsync(IPage page, string testId) => DownloadFromAsync(page, page.GetByTestId(testId));

    private static async Task<(string Name, byte[] Bytes)> DownloadFromAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync(), new() { Timeout = Generous });
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(await download.PathAsync()));
    }

    private async Task SignInAsync(IPage page, string name)
    {
        await page.GotoAsync(Url("/login"));
        await page.Locator("#login-name").FillAsync(name);
        await page.Locator("#login-password").FillAsync(Password);
        await page.Locator(".login-submit").ClickAsync();
    }

    private Task AddAsync(string name, string unit) => ToolAsync("user", "add", name, "--role", AccountRole.Head, "--unit", unit, "--password-stdin");

    private async Task ToolAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var status = await AccountTool.RunAsync(args, variable => variable == "IOC_PG" ? _database.ConnectionString : null,
            new StringReader(Password), output, error, TimeProvider.System);
        Assert.True(status == 0, error.ToString());
    }

    private string Url(string path) => new Uri(_dashboard.Url, path).ToString();
}
