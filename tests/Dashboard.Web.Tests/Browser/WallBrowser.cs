using IOC.Testing;
using Microsoft.Playwright;

namespace IOC.Dashboard.Tests.Browser;

/// <summary>
/// The Debian Chromium driven by Playwright, opening pages at the wall's design size (1920×1080) and keeping
/// screenshots as test artefacts in <c>artifacts/screenshots</c>.
/// </summary>
internal sealed class WallBrowser : IAsyncDisposable
{
    /// <summary>How long a test waits for what a person would see: CI machines are loaded; latency is the benchmark's.</summary>
    public const float Generous = 90_000;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private WallBrowser(IPlaywright playwright, IBrowser browser) => (_playwright, _browser) = (playwright, browser);

    public static async Task<WallBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        return new WallBrowser(playwright, browser);
    }

    /// <summary>A new page of 1920×1080.</summary>
    public Task<IPage> NewPageAsync() =>
        _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });

    /// <summary>Saves what the page shows as <c>artifacts/screenshots/{name}.png</c>.</summary>
    public static Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
