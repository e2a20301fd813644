using System.Net;
using System.Text.Json;

namespace IOC.Ingestion.Tests.Api;

public sealed class HealthTests(IngestionApp app) : IClassFixture<IngestionApp>
{
    [Fact]
    public async Task Healthz_StoresAnswer_Returns200NamingEachPart()
    {
        using var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("healthy", body.RootElement.GetProperty("parts").GetProperty("postgresql").GetProperty("status").GetString());
        Assert.Equal("healthy", body.RootElement.GetProperty("parts").GetProperty("influxdb").GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApi_Document_IsServed()
    {
        using var response = await app.CreateClient().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/api/v1/catalog/units", await response.Content.ReadAsStringAsync());
    }
}
