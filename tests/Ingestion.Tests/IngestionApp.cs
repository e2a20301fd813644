using IOC.Testing.Servers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IOC.Ingestion.Tests;

/// <summary>The real ingestion service in-process, on a fresh database of the test PostgreSQL and the test InfluxDB.</summary>
public sealed class IngestionApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ApiKey = "test-ingest-key";

    /// <summary>The credential Dashboard.Web's admin pages send the catalogue, calendar and target edits with.</summary>
    public const string ServiceKey = "a-service-key";

    public PostgresDatabase Database { get; } = new();

    public InfluxServer Influx { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Influx = await InfluxServer.SharedAsync();
    }

    public HttpClient CreateSourceClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("IOC_PG", Database.ConnectionString);
        builder.UseSetting("IOC_INFLUX_URL", Influx.Url.ToString());
        builder.UseSetting("IOC_INGEST_API_KEY", ApiKey);
        builder.UseSetting("IOC_SERVICE_KEY", ServiceKey);
        builder.UseSetting("IOC_MAX_BODY_BYTES", "1000000");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Database.DisposeAsync();
    }
}
