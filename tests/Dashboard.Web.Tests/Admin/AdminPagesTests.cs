using System.Net;
using System.Text.RegularExpressions;
using IOC.Dashboard.Accounts;
using IOC.Dashboard.Tests.Accounts;
using IOC.Testing;

namespace IOC.Dashboard.Tests.Admin;

/// <summary>
/// The admin pages on the real dashboard and database, driven as a browser posts their forms: an administrator adds an
/// account (its password shown once and working), disables one, makes and revokes a key; every change is on the audit
/// page with who made it; nobody but an administrator reaches the pages.
/// </summary>
public sealed partial class AdminPagesTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
    private const string Password = "quản-trị-thử";
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    public async Task InitializeAsync()
    {
        await new ProvinceSeeder(app.Database.DataSource).LoadCatalogAsync();
        await People.EnsureAsync(app, "admin-pages", AccountRole.Admin, TestCatalog.Province, Password);
        await People.EnsureAsync(app, "admin-pages-head", AccountRole.Head, TestCatalog.CommuneA, Password);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Admin_AddsAHead_WhosePasswordIsShownOnceAndSignsIn_AndTheAuditPageSaysWho()
    {
        using var admin = await People.SignedInAsync(app, "admin-pages", Password);

        var page = await AdminForms.PostAsync(admin, "account-add", new() { ["Add.Name"] = "head-from-page", ["Add.Role"] = AccountRole.Head, ["Add.Unit"] = TestCatalog.CommuneB });
        var password = WebUtility.HtmlDecode(Shown().Match(page).Groups[1].Value);
        using var head = await People.SignedInAsync(app, "head-from-page", password);
        var again = await admin.GetStringAsync("/admin");
        var audit = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/audit"));

        Assert.True(password.Length >= 20, page);
        Assert.DoesNotContain(password, WebUtility.HtmlDecode(again));
        Assert.Contains("head-from-page", WebUtility.HtmlDecode(again));
        Assert.Matches(new Regex("admin-pages</td>\\s*<td[^>]*>account.add</td>\\s*<td[^>]*>head-from-page</td>"), audit);
        Assert.DoesNotContain(password, audit);
    }

    [Fact]
    public async Task Admin_ALeaderForACommune_IsRefusedInVietnamese()
    {
        using var admin = await People.SignedInAsync(app, "admin-pages", Password);

        var page = WebUtility.HtmlDecode(await AdminForms.PostAsync(admin, "account-add",
            new() { ["Add.Name"] = "leader-of-a-commune", ["Add.Role"] = AccountRole.Leader, ["Add.Unit"] = TestCatalog.CommuneA }));

        Assert.Contains("đơn vị phải là cấp tỉnh", page);
        Assert.DoesNotContain("leader-of-a-commune</td>", page);
    }

    [Fact]
    public async Task Admin_DisablesAnAccount_WhichCanNoLongerSignIn()
    {
        await People.AddAsync(app, "to-disable", AccountRole.Head, TestCatalog.Justice, Password);
        using var admin = await People.SignedInAsync(app, "admin-pages", Password);

        var page = WebUtility.HtmlDecode(await AdminForms.PostAsync(admin, "account-disable", new() { ["Disable.Name"] = "to-disable" }));
        using var browser = People.Browser(app);
        var answer = await People.SignInAsync(browser, "to-disable", Password);
        var audit = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/audit"));

        Assert.Matches(new Regex("to-disable</td>\\s*<td[^>]*>Thủ trưởng đơn vị</td>\\s*<td[^>]*>[^<]*</td>\\s*<td[^>]*>Đã khóa</td>"), page);
        Assert.StartsWith("/login", answer.Headers.Location?.OriginalString);
        Assert.Contains("\"disabled\":false", audit.Replace(" ", ""));
        Assert.Contains("\"disabled\":true", audit.Replace(" ", ""));
    }

    [Fact]
    public async Task Admin_MakesACommunesReadKey_ThatReadsItsCommune_ThenRevokesIt()
    {
        using var admin = await People.SignedInAsync(app, "admin-pages", Password);

        var made = await AdminForms.PostAsync(admin, "key-add", new() { ["Add.Name"] = "Grafana xã", ["Add.Purpose"] = "read", ["Add.Unit"] = TestCatalog.CommuneA });
        var key = WebUtility.HtmlDecode(Shown().Match(made).Groups[1].Value);
        var id = KeyId().Match(WebUtility.HtmlDecode(made)).Groups[1].Value;
        using var reader = app.CreateClient();
        reader.DefaultRequestHeaders.Add("X-Api-Key", key);
        await Eventually.TrueAsync(async () => await StatusAsync(reader) == HttpStatusCode.OK, Generous, "the key made on the page to read");
        await AdminForms.PostAsync(admin, "key-revoke", new() { ["Revoke.Id"] = id });

        Assert.StartsWith("ioc_", key);
        await Eventually.TrueAsync(async () => await StatusAsync(reader) == HttpStatusCode.Unauthorized, Generous, "the revoked key to be refused");
        var audit = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/audit"));
        Assert.Contains($">key.revoke</td>", audit);
        Assert.DoesNotContain(key, audit);
    }

    [Fact]
    public async Task Admin_SetsAUnitsReportSignature_WhichItsReportsPrint_Audited()
    {
        using var admin = await People.SignedInAsync(app, "admin-pages", Password);

        var page = WebUtility.HtmlDecode(await AdminForms.PostAsync(admin, "report-signature", new()
        {
            ["Set.Unit"] = TestCatalog.CommuneB, ["Set.IssuingOffice"] = "UBND phường Tân Lập", ["Set.Preparer"] = "Nguyễn Văn An",
            ["Set.Head"] = "Trần Thị Bình",
        }));
        using var reader = app.CreateClient();
        reader.DefaultRequestHeaders.Add("X-Api-Key", DashboardApp.ReadKey);
        var week = IOC.Analytics.Time.ReportPeriod.FromWeekOf(IOC.Analytics.Time.ProvinceTime.DateOf(DateTimeOffset.UtcNow)).Code;
        var report = WebUtility.HtmlDecode(await reader.GetStringAsync($"/api/v1/reports/{week}.html?unit={TestCatalog.CommuneB}"));
        var audit = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/audit"));

        Assert.Contains("Đã lưu cho Phường Tân Lập", page);
        Assert.Contains("UBND PHƯỜNG TÂN LẬP", report);
        Assert.Contains("Nguyễn Văn An", report);
        Assert.Contains("Trần Thị Bình", report);
        Assert.Matches(new Regex($"admin-pages</td>\\s*<td[^>]*>report.signature</td>\\s*<td[^>]*>{Regex.Escape(TestCatalog.CommuneB)}</td>"), audit);
    }

    [Fact]
    public async Task AHead_IsRefusedTheAdminPages_AndAnonymousIsSentToSignIn()
    {
        using var head = await People.SignedInAsync(app, "admin-pages-head", Password);
        using var anonymous = People.Browser(app);

        using var refused = await head.GetAsync("/admin");
        using var audit = await head.GetAsync("/admin/audit");
        using var signIn = await anonymous.GetAsync("/admin");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (refused.StatusCode, audit.StatusCode));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/login", signIn.Headers.Location?.OriginalString);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient reader)
    {
        using var response = await reader.GetAsync($"/api/v1/kpi?unit={TestCatalog.CommuneA}&from=2026-11-01&to=2026-11-01");
        return response.StatusCode;
    }

    [GeneratedRegex("<code>([^<]+)</code>")]
    private static partial Regex Shown();

    [GeneratedRegex("Khóa (k[0-9a-f]+) \\(")]
    private static partial Regex KeyId();
}
