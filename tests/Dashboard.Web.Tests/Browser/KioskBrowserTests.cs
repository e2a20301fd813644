using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Testing;
using IOC.Testing.Servers;
using Microsoft.Playwright;

namespace IOC.Dashboard.Tests.Browser;

/// <summary>
/// A kiosk screen in a real Chromium against Dashboard.Web as a process with the wall closed to requests without a
/// token: the kiosk link shows the wall and its ticker, rotates it in place, and the screen comes back by itself after a
/// restart.
/// </summary>
public sealed class KioskBrowserTests : IAsyncLifetime
{
    private const string Token = "kiosk-lobby";
    private const float Generous = WallBrowser.Generous;
    private readonly PostgresDatabase _database = new();
    private CatalogSnapshot _catalog = null!;
    private ServiceProcess _dashboard = null!;
    private WallBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _catalog = await new ProvinceSeeder(_database.DataSource).LoadCatalogAsync();
        var influx = await InfluxServer.SharedAsync();
        _dashboard = new ServiceProcess("IOC.Dashboard.Web.dll", new Dictionary<string, string>
        {
            ["IOC_PG"] = _database.ConnectionString,
            ["IOC_INFLUX_URL"] = influx.Url.ToString(),
            ["IOC_READ_API_KEY"] = "kiosk-read",
            ["IOC_KIOSK_TOKEN"] = Token,
            ["IOC_WALL_REQUIRE_TOKEN"] = "on",
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
    public async Task KioskLink_ShowsTheTickerRotatesInPlaceAndComesBackAfterARestart()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(Url($"/kiosk/{Token}?rotate={TestCatalog.Justice},{TestCatalog.CommuneA}&every=5"));
        var unit = page.GetByTestId("unit-name");
        var rotation = page.GetByTestId("rotation");
        await Assertions.Expect(unit).ToHaveTextAsync("Tỉnh Thử nghiệm", new() { Timeout = Generous });
        await page.EvaluateAsync("window.__sameDocument = true");
        await new ProvinceSeeder(_database.DataSource).AppendAndProjectAsync(_catalog, ResolvedLateJustNow());
        await Assertions.Expect(page.GetByTestId("ticker-event")).ToContainTextAsync("Giải quyết trễ hạn", new() { Timeout = Generous });
        await Assertions.Expect(page.GetByTestId("ticker-event")).ToContainTextAsync("Đăng ký khai sinh · Xã Hòa Bình");

        await Assertions.Expect(unit).ToHaveTextAsync("Sở Tư pháp", new() { Timeout = Generous });
        await Assertions.Expect(rotation).ToHaveTextAsync("2/3", new() { Timeout = Generous });
        await Screenshot(page, "kiosk-rotation");
        await Assertions.Expect(unit).ToHaveTextAsync("Xã Hòa Bình", new() { Timeout = Generous });
        await Assertions.Expect(unit).ToHaveTextAsync("Tỉnh Thử nghiệm", new() { Timeout = Generous });
        Assert.True(await page.EvaluateAsync<bool>("window.__sameDocument === true"));

        _dashboard.Kill();
        await _dashboard.StartAsync();
        await page.WaitForFunctionAsync("() => window.__sameDocument === undefined", null, new() { Timeout = Generous });
        await Assertions.Expect(unit).ToBeVisibleAsync(new() { Timeout = Generous });
        await Assertions.Expect(rotation).ToBeVisibleAsync(new() { Timeout = Generous });
    }

    // Received three days ago, due two days ago, resolved ten minutes ago: late, and news.
    private static DossierEvent[] ResolvedLateJustNow()
    {
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7));
        return
        [
            new("kiosk-in", "HS-KIOSK-1", DossierEventType.Received, now.AddDays(-3), TestCatalog.CommuneA, TestCatalog.BirthRegistration,
                Channel.Online, now.AddDays(-2)),
            new("kiosk-done", "HS-KIOSK-1", DossierEventType.Resolved, now.AddMinutes(-10), TestCatalog.CommuneA, TestCatalog.BirthRegistration),
        ];
    }

    private string Url(string path) => new Uri(_dashboard.Url, path).ToString();

    private static Task Screenshot(IPage page, string name) => WallBrowser.ScreenshotAsync(page, name);
}
