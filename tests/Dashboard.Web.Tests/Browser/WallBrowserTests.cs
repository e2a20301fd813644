using System.Net.Http.Json;
using IOC.Testing;
using IOC.Testing.Servers;
using Microsoft.Playwright;

namespace IOC.Dashboard.Tests.Browser;

/// <summary>
/// What a person sees: the wall in a real Chromium, against the real stack (PostgreSQL, InfluxDB, Ingestion and
/// Dashboard.Web as processes, Ingestion publishing the live figures into the dashboard's hub). Waits are generous; the
/// latency itself is the benchmark's to report.
/// </summary>
public sealed class WallBrowserTests : IAsyncLifetime
{
    private const string ReadKey = "wall-read";
    private const string IngestKey = "wall-ingest";
    private const float Generous = WallBrowser.Generous;
    private readonly PostgresDatabase _database = new();
    private ServiceProcess _dashboard = null!;
    private ServiceProcess _ingestion = null!;
    private WallBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var influx = await InfluxServer.SharedAsync();
        var common = new Dictionary<string, string>
        {
            ["IOC_PG"] = _database.ConnectionString,
            ["IOC_INFLUX_URL"] = influx.Url.ToString(),
            ["IOC_SERVICE_KEY"] = "wall-service",
            ["IOC_READ_API_KEY"] = ReadKey,
            ["IOC_INGEST_API_KEY"] = IngestKey,
        };
        _dashboard = new ServiceProcess("IOC.Dashboard.Web.dll", common);
        _ingestion = ServiceProcess.FromProject("Ingestion", "IOC.Ingestion.dll",
            new Dictionary<string, string>(common) { ["IOC_DASHBOARD_URL"] = _dashboard.Url.ToString() });
        await _ingestion.StartAsync();
        await _dashboard.StartAsync();
        _browser = await WallBrowser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _dashboard.DisposeAsync();
        await _ingestion.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Wall_EventsPostedThenServerRestarted_TilesChangeAndThePageComesBackByItself()
    {
        using var source = new HttpClient { BaseAddress = _ingestion.Url };
        source.DefaultRequestHeaders.Add("X-Api-Key", IngestKey);
        (await source.PutAsJsonAsync("/api/v1/catalog/units", TestCatalog.Units())).EnsureSuccessStatusCode();
        (await source.PutAsJsonAsync("/api/v1/catalog/procedures", TestCatalog.Procedures())).EnsureSuccessStatusCode();
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(new Uri(_dashboard.Url, $"/wall?unit={TestCatalog.Province}").ToString());
        var received = page.GetByTestId("today-received-value");
        await Assertions.Expect(received).ToHaveTextAsync("0", new() { Timeout = Generous });

        var now = ProvinceToday.OccurredAt();
        (await source.PostAsJsonAsync("/api/v1/events", Enumerable.Range(1, 3).Select(i => new
        {
            eventId = $"wall-{i}", dossierCode = $"HS-WALL-{i}", type = "received", occurredAt = now,
            unitCode = TestCatalog.CommuneA, procedureCode = TestCatalog.BirthRegistration, channel = "online",
        }))).EnsureSuccessStatusCode();

        await Assertions.Expect(received).ToHaveTextAsync("3", new() { Timeout = Generous });
        // No week has an overdue rate yet: its axis still spans twice the 5 % target, not ApexCharts' empty 0–400 %.
        var overdueAxis = page.Locator("[data-testid='chart-weekly'] .apexcharts-yaxis[rel='1'] .apexcharts-yaxis-label tspan");
        await Assertions.Expect(overdueAxis.Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^10 %$") })).ToHaveCountAsync(1, new() { Timeout = Generous });
        await Screenshot(page, "wall-live");
        await page.EvaluateAsync("window.__beforeRestart = true");
        _dashboard.Kill();
        await _dashboard.StartAsync();
        await page.WaitForFunctionAsync("() => window.__beforeRestart === undefined", null, new() { Timeout = Generous });
        await Assertions.Expect(received).ToHaveTextAsync("3", new() { Timeout = Generous });
        // Ingestion reconnects to the restarted hub by itself and publishes every unit's figures: the page says when.
        await Assertions.Expect(page.GetByTestId("updated-at")).Not.ToContainTextAsync("—", new() { Timeout = Generous });
        await Assertions.Expect(page.GetByTestId("stale")).ToHaveCountAsync(0);
        (await source.PostAsJsonAsync("/api/v1/events", new[]
        {
            new
            {
                eventId = "wall-4", dossierCode = "HS-WALL-4", type = "received", occurredAt = now,
                unitCode = TestCatalog.CommuneB, procedureCode = TestCatalog.BirthRegistration, channel = "direct",
            },
        })).EnsureSuccessStatusCode();
        await Assertions.Expect(received).ToHaveTextAsync("4", new() { Timeout = Generous });
        await Screenshot(page, "wall-after-restart");

        await page.GotoAsync(new Uri(_dashboard.Url, $"/wall?unit={TestCatalog.Province}&lang=en").ToString());
        await Assertions.Expect(received).ToHaveTextAsync("4", new() { Timeout = Generous });
        await Assertions.Expect(page.GetByTestId("today").GetByRole(AriaRole.Heading)).ToHaveTextAsync("Today");
        await Screenshot(page, "wall-english");
    }

    [Fact]
    public async Task Wall_MonthOfHistory_ChartsDrawTheirSeriesFollowNewEventsAndTheWallFitsWithoutScrolling()
    {
        using var source = new HttpClient { BaseAddress = _ingestion.Url };
        source.DefaultRequestHeaders.Add("X-Api-Key", IngestKey);
        // A province's long unit names, more of them than the overdue ranking shows: the wall must still fit.
        var longNamed = Enumerable.Range(1, 8).Select(i => (object)new
        {
            code = $"000.01.{20 + i}.T01", name = $"Ban Quản lý các khu công nghiệp và khu kinh tế số {i}", parentCode = TestCatalog.Province, level = "commune",
        });
        (await source.PutAsJsonAsync("/api/v1/catalog/units", TestCatalog.Units().Concat(longNamed))).EnsureSuccessStatusCode();
        (await source.PutAsJsonAsync("/api/v1/catalog/procedures", TestCatalog.Procedures())).EnsureSuccessStatusCode();
        var history = WallHistory.Events(ProvinceToday.Stamp(DateTimeOffset.UtcNow));
        (await source.PostAsJsonAsync("/api/v1/events", history)).EnsureSuccessStatusCode();
        // Enough dossiers for the long names to be ranked by online ratio too, at both ends (unit 8 all online).
        var justNow = ProvinceToday.OccurredAt();
        (await source.PostAsJsonAsync("/api/v1/events", Enumerable.Range(1, 8).SelectMany(i => Enumerable.Range(0, 12).Select(j => new
        {
            eventId = $"long-{i}-{j}", dossierCode = $"HS-LONG-{i}-{j}", type = "received", occurredAt = justNow,
            unitCode = $"000.01.{20 + i}.T01", procedureCode = TestCatalog.BirthRegistration, channel = j * 8 < 12 * i ? "online" : "direct",
        })))).EnsureSuccessStatusCode();
        var page = await _browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(new Uri(_dashboard.Url, $"/wall?unit={TestCatalog.Province}").ToString());

        // Series groups as ApexCharts draws them: columns and lines, donut slices, bars.
        await Assertions.Expect(page.Locator("[data-testid='chart-hourly'] .apexcharts-series")).ToHaveCountAsync(2, new() { Timeout = Generous });
        await Assertions.Expect(page.Locator("[data-testid='chart-weekly'] .apexcharts-line-series .apexcharts-series")).ToHaveCountAsync(2, new() { Timeout = Generous });
        await Assertions.Expect(page.Locator("[data-testid='chart-channels'] .apexcharts-pie-series")).ToHaveCountAsync(3, new() { Timeout = Generous });
        await Assertions.Expect(page.Locator("[data-testid='chart-online-best'] .apexcharts-bar-area")).ToHaveCountAsync(3, new() { Timeout = Generous });
        await Assertions.Expect(page.Locator("[data-testid='chart-online-worst'] .apexcharts-bar-area")).ToHaveCountAsync(3, new() { Timeout = Generous });
        await Assertions.Expect(page.Locator("[data-testid='chart-weekly'] .apexcharts-yaxis-label").First).ToContainTextAsync("%", new() { Timeout = Generous });
        await Screenshot(page, "wall-charts");
        await AssertNoScrolling(page);
        await ChartLabels.AssertReadableAsync(page);
        // A long name keeps its start and its end, which tell it from its neighbours; its tooltip has it whole.
        var longName = page.Locator("[data-testid='chart-online-best'] .apexcharts-yaxis-label").Filter(new() { HasText = "số 8" });
        await Assertions.Expect(longName.Locator("tspan")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Ban Quản.*….*số 8$"));
        await Assertions.Expect(longName.Locator("title")).ToHaveTextAsync("Ban Quản lý các khu công nghiệp và khu kinh tế số 8");

        // Live: two more online dossiers reach the channel chart as data, in the same chart element of the same page.
        var onlineToday = page.Locator("[data-testid='chart-channels'] .apexcharts-legend-text").First;
        // "Trực tuyến: 12 (11,1 %)": the count, then the share.
        var before = int.Parse((await onlineToday.TextContentAsync())!.Split(": ")[1].Split(' ')[0], System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
        await page.EvaluateAsync("window.__channelChart = document.querySelector(\"[data-testid='chart-channels'] .apex-chart-plot\")");
        var now = ProvinceToday.OccurredAt();
        (await source.PostAsJsonAsync("/api/v1/events", Enumerable.Range(1, 2).Select(i => new
        {
            eventId = $"live-{i}", dossierCode = $"HS-LIVE-{i}", type = "received", occurredAt = now,
            unitCode = TestCatalog.CommuneA, procedureCode = TestCatalog.BirthRegistration, channel = "online",
        }))).EnsureSuccessStatusCode();
        await Assertions.Expect(onlineToday).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^Trực tuyến: {before + 2} \\([0-9,]+ %\\)$"),
            new() { Timeout = Generous });
        Assert.True(await page.EvaluateAsync<bool>(
            "() => window.__channelChart === document.querySelector(\"[data-testid='chart-channels'] .apex-chart-plot\")"));
        foreach (var (width, height) in new[] { (1366, 768), (3840, 2160) })
        {
            await page.SetViewportSizeAsync(width, height);
            await UntilChartsFitAsync(page);
            await Screenshot(page, $"wall-charts-{width}x{height}");
            await AssertNoScrolling(page);
            await ChartLabels.AssertReadableAsync(page);
        }
        Assert.Empty(errors);
    }

    [Fact]
    public async Task DepartmentWall_LateResolutionsHereAndElsewhere_ShowsOnlyItsOwnAndRanksItsProcedures()
    {
        using var source = new HttpClient { BaseAddress = _ingestion.Url };
        source.DefaultRequestHeaders.Add("X-Api-Key", IngestKey);
        (await source.PutAsJsonAsync("/api/v1/catalog/units", TestCatalog.Units())).EnsureSuccessStatusCode();
        (await source.PutAsJsonAsync("/api/v1/catalog/procedures", TestCatalog.Procedures())).EnsureSuccessStatusCode();
        // The events name their units and procedures as the dashboard's catalogue knew them when they happened: let it know
        // them first. Asking for a unit it does not know makes it reload the catalogue, which then holds both PUTs.
        using var reader = new HttpClient { BaseAddress = _dashboard.Url };
        reader.DefaultRequestHeaders.Add("X-Api-Key", ReadKey);
        using (var miss = await reader.GetAsync("/api/v1/kpi?unit=NOT-A-UNIT&from=2026-01-01&to=2026-01-01"))
        {
            Assert.Equal(System.Net.HttpStatusCode.NotFound, miss.StatusCode);
        }
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(new Uri(_dashboard.Url, $"/wall?unit={TestCatalog.Justice}").ToString());
        await Assertions.Expect(page.GetByTestId("unit-name")).ToHaveTextAsync("Sở Tư pháp", new() { Timeout = Generous });
        var now = ProvinceToday.Stamp(DateTimeOffset.UtcNow);
        var monthAgo = now.AddDays(-30).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        var justNow = now.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        // Received a month ago, resolved just now: both late, one in the department, one in a commune.
        (await source.PostAsJsonAsync("/api/v1/events", new object[]
        {
            new { eventId = "own-in", dossierCode = "HS-OWN", type = "received", occurredAt = monthAgo, unitCode = TestCatalog.Justice,
                procedureCode = TestCatalog.CriminalRecord, channel = "direct" },
            new { eventId = "own-done", dossierCode = "HS-OWN", type = "resolved", occurredAt = justNow, unitCode = TestCatalog.Justice,
                procedureCode = TestCatalog.CriminalRecord },
            new { eventId = "other-in", dossierCode = "HS-OTHER", type = "received", occurredAt = monthAgo, unitCode = TestCatalog.CommuneA,
                procedureCode = TestCatalog.BirthRegistration, channel = "direct" },
            new { eventId = "other-done", dossierCode = "HS-OTHER", type = "resolved", occurredAt = justNow, unitCode = TestCatalog.CommuneA,
                procedureCode = TestCatalog.BirthRegistration },
        })).EnsureSuccessStatusCode();

        var events = page.GetByTestId("ticker-event");
        await Assertions.Expect(events).ToHaveCountAsync(1, new() { Timeout = Generous });
        await Assertions.Expect(events).ToContainTextAsync("Cấp Phiếu lý lịch tư pháp · Sở Tư pháp");
        await Assertions.Expect(page.GetByTestId("ranking-row")).ToContainTextAsync("Cấp Phiếu lý lịch tư pháp", new() { Timeout = Generous });
        await Assertions.Expect(page.Locator(".ranking-empty")).ToHaveCountAsync(0);
        await page.GotoAsync(new Uri(_dashboard.Url, $"/wall?unit={TestCatalog.Province}").ToString());
        await Assertions.Expect(page.GetByTestId("ticker-event")).ToHaveCountAsync(2, new() { Timeout = Generous });
    }

    // ApexCharts redraws a while after a resize (and charts.js remakes the charts when the text size changed): wait until
    // every chart's drawing has the width of its box again.
    private static Task UntilChartsFitAsync(IPage page) => page.WaitForFunctionAsync("""
        () => [...document.querySelectorAll('.apex-chart-plot')].every(plot => {
          const svg = plot.querySelector('svg.apexcharts-svg');
          return svg !== null && Math.abs(svg.getBoundingClientRect().width - plot.clientWidth) <= 2;
        })
        """, null, new() { Timeout = Generous });

    private static async Task AssertNoScrolling(IPage page)
    {
        var scroll = await page.EvaluateAsync<int[]>(
            "() => [document.scrollingElement.scrollHeight, window.innerHeight, document.scrollingElement.scrollWidth, window.innerWidth]");
        Assert.True(scroll[0] <= scroll[1], $"The wall scrolls: content {scroll[0]} px high in a {scroll[1]} px window");
        Assert.True(scroll[2] <= scroll[3], $"The wall scrolls sideways: content {scroll[2]} px wide in a {scroll[3]} px window");
        // The page clips rather than scrolls: every panel, and every row of the overdue ranking, must end on screen.
        var cut = await page.EvaluateAsync<string[]>("""
            () => {
              const cut = [];
              for (const panel of document.querySelectorAll("[data-testid^='panel-'], [data-testid='ranking']")) {
                const bottom = panel.getBoundingClientRect().bottom;
                if (bottom > window.innerHeight + 0.5) cut.push(`${panel.dataset.testid} ends at ${bottom} px`);
                if (panel.scrollHeight > panel.clientHeight + 2) cut.push(`${panel.dataset.testid} holds ${panel.scrollHeight} px in ${panel.clientHeight} px`);
              }
              const ranking = document.querySelector("[data-testid='ranking']").getBoundingClientRect().bottom;
              for (const row of document.querySelectorAll("[data-testid='ranking-row']")) {
                const bottom = row.getBoundingClientRect().bottom;
                if (bottom > ranking + 0.5) cut.push(`a ranking row ends at ${bottom} px, below its panel (${ranking} px)`);
              }
              return cut;
            }
            """);
        Assert.True(cut.Length == 0, $"At {await page.EvaluateAsync<int>("window.innerWidth")} px wide: {string.Join("; ", cut)}");
    }

    private static Task Screenshot(IPage page, string name) => WallBrowser.ScreenshotAsync(page, name);
}
