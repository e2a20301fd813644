using System.Net;
using System.Text.RegularExpressions;
using IOC.Dashboard.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IOC.Dashboard.Tests.Accounts;

/// <summary>
/// Accounts made the way an operator makes them (<c>./ioc user add</c>, i.e. <see cref="AccountTool"/>), and browsers that
/// sign in through <c>/login</c>'s form with its antiforgery token, as a person's browser does.
/// </summary>
internal static partial class People
{
    /// <summary>Runs <c>user …</c> against the app's database: exit status, output and errors.</summary>
    public static Task<(int Status, string Output, string Error)> ToolAsync(DashboardApp app, string? input, params string[] args) =>
        ToolAsync(app.Database.ConnectionString, input, args);

    /// <summary>Runs <c>user …</c> against the database: exit status, output and errors.</summary>
    public static async Task<(int Status, string Output, string Error)> ToolAsync(string connectionString, string? input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var status = await AccountTool.RunAsync(["user", .. args],
            name => name == "IOC_PG" ? connectionString : null,
            new StringReader(input ?? ""), output, error, TimeProvider.System);
        return (status, output.ToString(), error.ToString());
    }

    /// <summary>Adds an account with the password given; fails the test when the tool refuses.</summary>
    public static async Task AddAsync(DashboardApp app, string name, string role, string unit, string password)
    {
        var (status, _, error) = await ToolAsync(app, password, "add", name, "--role", role, "--unit", unit, "--password-stdin");
        Assert.True(status == 0, error);
    }

    /// <summary>Adds the account unless a test before this one of the same fixture did.</summary>
    public static async Task EnsureAsync(DashboardApp app, string name, string role, string unit, string password)
    {
        var (status, _, error) = await ToolAsync(app, password, "add", name, "--role", role, "--unit", unit, "--password-stdin");
        Assert.True(status == 0 || error.Contains("exists already"), error);
    }

    /// <summary>A browser of the app that keeps cookies and does not follow redirects.</summary>
    public static HttpClient Browser(DashboardApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Fills in and posts the sign-in form; the answer is the redirect that follows it.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string name, string password, string? returnUrl = null)
    {
        var form = await browser.GetStringAsync("/login" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(form).Groups[1].Value,
            ["name"] = name,
            ["password"] = password,
            ["returnUrl"] = WebUtility.HtmlDecode(ReturnUrlField().Match(form).Groups[1].Value),
        };
        var answer = await browser.PostAsync("/account/login", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        return answer;
    }

    /// <summary>
    /// Signs in without keeping cookies and returns the session cookie (<c>ioc-session=…</c>) to present by hand, as the
    /// access matrix presents every credential.
    /// </summary>
    public static async Task<string> SessionCookieAsync(WebApplicationFactory<Program> app, string name, string password)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var login = await client.GetAsync("/login");
        var antiforgery = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(cookie => cookie.Split(';')[0]));
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = AntiforgeryToken().Match(await login.Content.ReadAsStringAsync()).Groups[1].Value,
                ["name"] = name,
                ["password"] = password,
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        using var answer = await client.SendAsync(post);
        return answer.Headers.GetValues("Set-Cookie").Select(cookie => cookie.Split(';')[0]).Single(cookie => cookie.StartsWith("ioc-session="));
    }

    /// <summary>A browser signed in as the account.</summary>
    public static async Task<HttpClient> SignedInAsync(DashboardApp app, string name, string password)
    {
        var browser = Browser(app);
        var answer = await SignInAsync(browser, name, password);
        Assert.StartsWith("/units/", answer.Headers.Location?.OriginalString);
        return browser;
    }

    [GeneratedRegex("__RequestVerificationToken\"[^>]*?value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("name=\"returnUrl\" value=\"([^\"]*)\"")]
    private static partial Regex ReturnUrlField();
}
