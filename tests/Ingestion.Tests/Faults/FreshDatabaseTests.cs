using IOC.Analytics.Storage;
using IOC.Testing;
using IOC.Testing.Servers;
using Npgsql;

namespace IOC.Ingestion.Tests.Faults;

public sealed class FreshDatabaseTests
{
    [Fact]
    public async Task Start_OnAnEmptyDatabase_MigratesAndEveryPartBecomesHealthy()
    {
        var server = await PostgresServer.SharedAsync();
        var connectionString = await server.CreateDatabaseAsync();
        var influx = await InfluxServer.SharedAsync();
        await using var ingestion = new ServiceProcess("IOC.Ingestion.dll", new Dictionary<string, string>
        {
            ["IOC_PG"] = connectionString,
            ["IOC_INFLUX_URL"] = influx.Url.ToString(),
            ["IOC_INGEST_API_KEY"] = IngestionApp.ApiKey,
            ["IOC_DASHBOARD_URL"] = $"http://127.0.0.1:{FreePort.Next()}",
        });

        await ingestion.StartAsync();
        using var source = new HttpClient { BaseAddress = ingestion.Url };
        source.DefaultRequestHeaders.Add("X-Api-Key", IngestionApp.ApiKey);
        await source.LoadTestCatalogAsync();
        await source.PostEventsAsync(SourceClient.Received("fresh-1", "HS-FRESH-1", "2026-11-23T08:00:00+07:00"));

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        Assert.Equal(SchemaMigrator.RequiredVersion, await new SchemaMigrator(dataSource).CurrentVersionAsync());
        await Eventually.TrueAsync(async () =>
        {
            await using var command = dataSource.CreateCommand("SELECT count(*) FROM dossier WHERE code = 'HS-FRESH-1'");
            return (long)(await command.ExecuteScalarAsync())! == 1;
        }, TimeSpan.FromSeconds(60), "the projection of the first event");
        using var health = await source.GetAsync("/healthz");
        Assert.True(health.IsSuccessStatusCode, "still healthy after every background service started");
    }
}
