using System.Net;
using IOC.Dashboard.Kiosk;

namespace IOC.Dashboard.Tests.Kiosk;

/// <summary>Kiosk links and the closed wall, against the real host (<c>IOC_WALL_REQUIRE_TOKEN</c> on).</summary>
public sealed class KioskLinkTests(KioskApp app) : IClassFixture<KioskApp>
{
    private const string WallMarker = "data-testid=\"unit-name\"";

    [Fact]
    public async Task KioskLink_ValidToken_SetsHttpOnlyCookieAndRedirectsToTheWallWithItsQuery()
    {
        using var client = app.Browser();

        using var response = await client.GetAsync($"/kiosk/{KioskApp.OtherToken}?rotate=000.00.06.H56,000.00.07.H56&every=30&lang=en");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/wall?rotate=000.00.06.H56,000.00.07.H56&every=30&lang=en", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"{KioskCookie.Name}={KioskApp.OtherToken};", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task KioskLink_WrongToken_Answers404InVietnameseWithoutTheWallOrACookie()
    {
        using var client = app.Browser();

        using var response = await client.GetAsync("/kiosk/not-a-token");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Liên kết màn hình không hợp lệ", html);
        Assert.DoesNotContain(WallMarker, html);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/wall")]
    [InlineData("/WALL/?unit=000.00.06.H56")]
    public async Task Wall_NoTokenWhenRequired_Answers403InVietnamese(string path)
    {
        using var client = app.Browser();

        using var response = await client.GetAsync(path);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Màn hình cần liên kết kiosk", html);
        Assert.DoesNotContain(WallMarker, html);
    }

    [Fact]
    public async Task Wall_CookieOfTheKioskLink_ShowsTheWall()
    {
        using var client = app.Browser();
        using var link = await client.GetAsync($"/kiosk/{KioskApp.Token}");
        var cookie = link.Headers.GetValues("Set-Cookie").Single().Split(';')[0];

        using var wall = await GetWithCookieAsync(client, "/wall", cookie);

        Assert.Equal(HttpStatusCode.OK, wall.StatusCode);
        Assert.Contains(WallMarker, await wall.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Wall_CookieWithAnUnknownToken_Answers403()
    {
        using var client = app.Browser();

        using var wall = await GetWithCookieAsync(client, "/wall", $"{KioskCookie.Name}=revoked-token");

        Assert.Equal(HttpStatusCode.Forbidden, wall.StatusCode);
    }

    [Fact]
    public async Task Wall_ReadKeyInTheHeader_ShowsTheWall()
    {
        using var client = app.Browser();
        client.DefaultRequestHeaders.Add("X-Api-Key", DashboardApp.ReadKey);

        using var wall = await client.GetAsync("/wall");

        Assert.Equal(HttpStatusCode.OK, wall.StatusCode);
        Assert.Contains(WallMarker, await wall.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Wall_ReadKeyAsAccessToken_IsRefused()
    {
        // access_token is for the hub only (browsers on WebSockets): a key in a page's URL ends up in histories and logs.
        using var client = app.Browser();

        using var wall = await client.GetAsync($"/wall?access_token={DashboardApp.ReadKey}");

        Assert.Equal(HttpStatusCode.Forbidden, wall.StatusCode);
        Assert.DoesNotContain(WallMarker, await wall.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Api_KioskToken_IsNoReadKey()
    {
        using var client = app.Browser();

        using var kpi = await client.GetAsync($"/api/v1/kpi?unit=000.00.00.H56&from=2026-11-01&to=2026-11-02&access_token={KioskApp.Token}");

        Assert.Equal(HttpStatusCode.Unauthorized, kpi.StatusCode);
    }

    [Fact]
    public async Task Wall_CookieAfterAServerRestart_StillShowsTheWall()
    {
        // Another instance of the service with the same configuration stands for the restarted server.
        var before = new KioskApp();
        string cookie;
        try
        {
            await ((IAsyncLifetime)before).InitializeAsync();
            using var link = await before.Browser().GetAsync($"/kiosk/{KioskApp.Token}");
            cookie = link.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        }
        finally
        {
            await ((IAsyncLifetime)before).DisposeAsync();
        }

        using var wall = await GetWithCookieAsync(app.Browser(), "/wall", cookie);

        Assert.Equal(HttpStatusCode.OK, wall.StatusCode);
    }

    private static async Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}
