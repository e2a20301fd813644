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
        // Blazor encodes non-ASCII text as entities. The refresher loads the catalogue in the background.
        var html = await PrerenderedAsync(client, "/wall", "Hôm nay");

        Assert.Contains("Hôm nay", html);
        Assert.Contains("Tiếp nhận", html);
        Assert.Contains("Từ đầu năm", html);
        Assert.Contains("Hồ sơ đang giải quyết quá hạn", html);
    }

    [Fact]
    public async Task Wall_LangEn_PrerendersTheDocumentInEnglish()
    {
        using var client = app.CreateClient();
        var html = await PrerenderedAsync(client, "/wall?lang=en", "Today");

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<title>IOC – Operations Centre</title>", html);
        Assert.Contains("Operations Centre – Public Services", html);
        Assert.Contains("Received", html);
        Assert.DoesNotContain("Hôm nay", html);
    }

    /// <summary>The decoded page at <paramref name="path"/> once it shows <paramref name="text"/> (the catalogue loaded).</summary>
    private static Task<string> PrerenderedAsync(HttpClient client, string path, string text) => Eventually.ValueAsync(async () =>
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(path));
        return html.Contains(text, StringComparison.Ordinal) ? html : null;
    }, TimeSpan.FromSeconds(60), $"{path} showing \"{text}\"");
}
