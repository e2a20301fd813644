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
