using System.Net;
using IOC.Testing;

namespace IOC.Dashboard.Tests.Wall;

/// <summary>The wall served by the real host: the store, the catalogue refresher and the page wired together.</summary>
public sealed class WallHostTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
    public async Task InitializeAsync() => await new ProvinceSeeder(app.Database.DataSource).LoadCatalogAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Wall_CatalogueImported_PrerendersTheProvinceFigures()
    {
        using var client = app.CreateClient();
        var html = "";
        // Blazor encodes non-ASCII text as entities. The refresher loads the catalogue in the background; give it a few of its retries.
        for (var attempt = 0; attempt < 20 && !html.Contains("Hôm nay", StringComparison.Ordinal); attempt++)
        {
            html = WebUtility.HtmlDecode(await client.GetStringAsync("/wall"));
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        Assert.Contains("Hôm nay", html);
        Assert.Contains("Tiếp nhận", html);
        Assert.Contains("Từ đầu năm", html);
        Assert.Contains("Hồ sơ đang giải quyết quá hạn", html);
    }

    [Fact]
    public async Task Wall_LangEn_PrerendersTheDocumentInEnglish()
    {
        using var client = app.CreateClient();
        var html = "";
        for (var attempt = 0; attempt < 20 && !html.Contains("Today", StringComparison.Ordinal); attempt++)
        {
            html = WebUtility.HtmlDecode(await client.GetStringAsync("/wall?lang=en"));
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<title>IOC – Operations Centre</title>", html);
        Assert.Contains("Operations Centre – Public Services", html);
        Assert.Contains("Received", html);
        Assert.DoesNotContain("Hôm nay", html);
    }
}
