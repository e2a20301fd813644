using System.Net;
using IOC.Dashboard.Accounts;
using IOC.Testing;

namespace IOC.Dashboard.Tests.Accounts;

/// <summary>
/// Signing in at <c>/login</c> on the real host and database: where a person lands, what their cookie opens, wrong
/// passwords and the lock-out, a disabled account, and a form posted without its antiforgery token.
/// </summary>
public sealed class SignInTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
    private const string Password = "mật-khẩu-đủ-dài";
    private const string Period = "from=2026-11-02&to=2026-11-08";

    public async Task InitializeAsync() => await new ProvinceSeeder(app.Database.DataSource).LoadCatalogAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Head_SignsIn_LandsOnTheUnitAndReadsItButNotTheProvince()
    {
        await People.AddAsync(app, "head-a", AccountRole.Head, TestCatalog.CommuneA, Password);
        using var browser = People.Browser(app);

        var landing = await People.SignInAsync(browser, "head-a", Password);
        using var own = await browser.GetAsync($"/api/v1/dossiers?unit={TestCatalog.CommuneA}&status=overdue&{Period}");
        using var province = await browser.GetAsync($"/api/v1/kpi?unit={TestCatalog.Province}&{Period}");
        using var sibling = await browser.GetAsync($"/api/v1/dossiers?unit={TestCatalog.CommuneB}&status=overdue&{Period}");

        Assert.Equal($"/units/{TestCatalog.CommuneA}", landing.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, province.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, sibling.StatusCode);
    }

    [Fact]
    public async Task Leader_SignsIn_ReadsTheWholeProvince()
    {
        await People.AddAsync(app, "leader", AccountRole.Leader, TestCatalog.Province, Password);
        using var browser = await People.SignedInAsync(app, "leader", Password);

        using var province = await browser.GetAsync($"/api/v1/kpi/units?parent={TestCatalog.Province}&{Period}");

        Assert.Equal(HttpStatusCode.OK, province.StatusCode);
    }

    [Fact]
    public async Task SignIn_ReturnUrlOfThisSite_IsWhereItGoesAndAnotherHostNever()
    {
        await People.AddAsync(app, "head-return", AccountRole.Head, TestCatalog.CommuneA, Password);
        using var first = People.Browser(app);
        using var second = People.Browser(app);

        var back = await People.SignInAsync(first, "head-return", Password, $"/units/{TestCatalog.CommuneA}/dossiers?status=overdue");
        var elsewhere = await People.SignInAsync(second, "head-return", Password, "//elsewhere.example/units");

        Assert.Equal($"/units/{TestCatalog.CommuneA}/dossiers?status=overdue", back.Headers.Location?.OriginalString);
        Assert.Equal($"/units/{TestCatalog.CommuneA}", elsewhere.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task WrongPassword_IsRefusedAndOpensNothing()
    {
        await People.AddAsync(app, "head-wrong", AccountRole.Head, TestCatalog.CommuneA, Password);
        using var browser = People.Browser(app);

        var refused = await People.SignInAsync(browser, "head-wrong", "not the password");
        var unknown = await People.SignInAsync(browser, "nobody", Password);
        using var api = await browser.GetAsync($"/api/v1/kpi?unit={TestCatalog.CommuneA}&{Period}");

        Assert.Equal("/login?error=refused", refused.Headers.Location?.OriginalString);
        Assert.Equal("/login?error=refused", unknown.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenTheRightOneIsRefusedThen()
    {
        await People.AddAsync(app, "head-locked", AccountRole.Head, TestCatalog.CommuneA, Password);
        using var browser = People.Browser(app);

        var answers = new List<string?>();
        for (var attempt = 1; attempt <= AccountSignIn.FailuresBeforeLockOut; attempt++)
        {
            answers.Add((await People.SignInAsync(browser, "head-locked", $"wrong {attempt}")).Headers.Location?.OriginalString);
        }
        var right = await People.SignInAsync(browser, "head-locked", Password);
        var (_, list, _) = await People.ToolAsync(app, null, "list");

        Assert.Equal(Enumerable.Repeat("/login?error=refused", 4).Append("/login?error=locked"), answers);
        Assert.Equal("/login?error=locked", right.Headers.Location?.OriginalString);
        Assert.Contains(list.Split('\n'), line => line.StartsWith("head-locked\thead\t") && line.Contains("\tlocked until "));
    }

    [Fact]
    public async Task DisabledAccount_ItsCookieStopsWorkingAtOnce()
    {
        await People.AddAsync(app, "head-leaving", AccountRole.Head, TestCatalog.CommuneA, Password);
        using var browser = await People.SignedInAsync(app, "head-leaving", Password);
        using var before = await browser.GetAsync($"/api/v1/kpi?unit={TestCatalog.CommuneA}&{Period}");

        var (status, _, _) = await People.ToolAsync(app, null, "disable", "head-leaving");
        using var after = await browser.GetAsync($"/api/v1/kpi?unit={TestCatalog.CommuneA}&{Period}");
        var again = await People.SignInAsync(browser, "head-leaving", Password);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(0, status);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("/login?error=refused", again.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task FormWithoutItsAntiforgeryToken_IsRefused()
    {
        await People.AddAsync(app, "head-forged", AccountRole.Head, TestCatalog.CommuneA, Password);
        using var browser = People.Browser(app);

        using var forged = await browser.PostAsync("/account/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "head-forged", ["password"] = Password }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task Stranger_OnAUnitPage_IsSentToSignInAndBackAfterwards()
    {
        using var browser = People.Browser(app);

        using var page = await browser.GetAsync($"/units/{TestCatalog.CommuneA}?period=week");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal($"/login?returnUrl={Uri.EscapeDataString($"/units/{TestCatalog.CommuneA}?period=week")}", page.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Head_OnAnotherUnitsPage_GetsTheVietnameseAccessDeniedPage()
    {
        await People.AddAsync(app, "head-b", AccountRole.Head, TestCatalog.CommuneB, Password);
        using var browser = await People.SignedInAsync(app, "head-b", Password);

        using var page = await browser.GetAsync($"/units/{TestCatalog.CommuneA}");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("Không có quyền xem", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
    }
}
