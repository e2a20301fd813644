using System.Net;
using System.Text.Json;

namespace IOC.Dashboard.Tests.Api;

public sealed class HealthTests(DashboardApp app) : IClassFixture<DashboardApp>
{
    [Fact]
    public async Task Healthz_StoresAnswer_Returns200()
    {
        using var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("IOC.Dashboard.Web.styles.css")]
    [InlineData("_content/MudBlazor/MudBlazor.min.css")]
    public async Task Home_LinksItsStylesheets_AndTheyAreServed(string stylesheet)
    {
        var client = app.CreateClient();
        var html = await client.GetStringAsync("/");

        using var response = await client.GetAsync("/" + stylesheet);

        Assert.Contains($"href=\"{stylesheet}\"", html);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Home_IsServedInVietnamese()
    {
        using var response = await app.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"vi\">", html);
        Assert.Contains("Trung tâm điều hành", html);
    }
}
