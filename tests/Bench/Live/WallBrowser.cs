using IOC.Testing.Servers;
using Microsoft.Playwright;

namespace IOC.Bench.Live;

/// <summary>
/// One headless Chromium (Playwright, the system's /usr/bin/chromium) opening wall pages of Dashboard.Web; each page is
/// one Blazor Server circuit. Closed with everything it opened.
/// </summary>
public sealed class WallBrowser : IAsyncDisposable
{
    private static readonly float Generous = 120_000;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly Uri _dashboard;

    private WallBrowser(IPlaywright playwright, IBrowser browser, Uri dashboard)
    {
        _playwright = playwright;
        _browser = browser;
        _dashboard = dashboard;
    }

    public static async Task<WallBrowser> LaunchAsync(Uri dashboard)
    {
        // Chromium's profile goes under the run's folder, so ./ioc bench's clean-up finds it even if the bench dies; only the
        // Playwright driver (and the browsers it starts) get that TMPDIR: diagnostics clients look for the services' ports
        // in the usual one.
        var temporary = Environment.GetEnvironmentVariable("TMPDIR");
        Environment.SetEnvironmentVariable("TMPDIR", ProcessRunner.TestRoot());
        IPlaywright playwright;
        try
        {
            playwright = await Playwright.CreateAsync();
        }
        finally
        {
            Environment.SetEnvironmentVariable("TMPDIR", temporary);
        }
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        return new WallBrowser(playwright, browser, dashboard);
    }

    /// <summary>
    /// Opens the wall of a unit (the province when null) in a window of that size (1920×1080 unless given) and returns once
    /// its circuit is live (the clock ticks).
    /// </summary>
    public async Task<IPage> OpenWallAsync(string? unit = null, ViewportSize? viewport = null)
    {
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = viewport ?? new ViewportSize { Width = 1920, Height = 1080 } });
        await page.GotoAsync(new Uri(_dashboard, unit is null ? "/wall" : $"/wall?unit={unit}").ToString());
        // The prerendered page shows figures too; only a live circuit moves the clock.
        var clock = page.GetByTestId("clock");
        var prerendered = await clock.TextContentAsync(new() { Timeout = Generous });
        await page.WaitForFunctionAsync("shown => document.querySelector('[data-testid=clock]')?.textContent !== shown", prerendered,
            new() { Timeout = Generous });
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
