using System.Net;
using System.Text.Json;
using IOC.Testing.Servers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IOC.Dashboard.Tests.Api;

public sealed class UnreachableStoresTests
{
    [Fact]
    public async Task Healthz_NoServersAnswer_Returns503NamingBoth()
    {
        var nowhere = FreePort.Next();
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("IOC_PG", $"Host=127.0.0.1;Port={nowhere};Username=ioc;Password=ioc;Database=ioc;Timeout=2");
            builder.UseSetting("IOC_INFLUX_URL", $"http://127.0.0.1:{nowhere}");
        });

        using var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["postgresql", "influxdb"], body.RootElement.GetProperty("failing").EnumerateArray().Select(e => e.GetString()).Order().Reverse());
    }
}
