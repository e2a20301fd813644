using System.Net;
using IOC.Analytics.Storage;
using IOC.Testing;
using IOC.Testing.Servers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace IOC.Ingestion.Tests.Faults;

public sealed class PostgresOutageTests
{
    [Fact]
    public async Task PostEvents_PostgresDownThenBack_503WithRetryAfterThenRecoversWithoutRestart()
    {
        await using var server = await PostgresServer.StartNewAsync();
        var connectionString = await server.CreateDatabaseAsync();
        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        {
            await new SchemaMigrator(dataSource).MigrateAsync();
        }
        var influx = await InfluxServer.SharedAsync();
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("IOC_PG", connectionString);
            builder.UseSetting("IOC_INFLUX_URL", influx.Url.ToString());
            builder.UseSetting("IOC_INGEST_API_KEY", IngestionApp.ApiKey);
        });
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", IngestionApp.ApiKey);
        await client.LoadTestCatalogAsync();
        await client.PostEventsAsync(SourceClient.Received("pg-0", "HS-PG-0", "2026-11-23T08:00:00+07:00"));

        await server.StopAsync();
        var (down, _) = await client.PostEventsAsync(SourceClient.Received("pg-1", "HS-PG-1", "2026-11-23T08:01:00+07:00"));
        using var health = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal("5", down.Headers.RetryAfter?.ToString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);

        await server.StartAsync();
        var accepted = await Eventually.ValueAsync(async () =>
        {
            var (response, body) = await client.PostEventsAsync(SourceClient.Received("pg-1", "HS-PG-1", "2026-11-23T08:01:00+07:00"));
            return response.StatusCode == HttpStatusCode.Accepted ? body.GetProperty("accepted").GetInt32() : (int?)null;
        }, TimeSpan.FromSeconds(60));
        Assert.Equal(1, accepted);
        await using var check = NpgsqlDataSource.Create(connectionString);
        await using var count = check.CreateCommand("SELECT count(*) FROM dossier_event");
        Assert.Equal(2L, await count.ExecuteScalarAsync());
    }
}
