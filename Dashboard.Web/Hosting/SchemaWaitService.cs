using IOC.Analytics.Storage;
using Npgsql;

namespace IOC.Dashboard.Hosting;

/// <summary>Dashboard.Web never migrates: it waits until Ingestion has brought the schema to the version it needs.</summary>
public sealed class SchemaWaitService(NpgsqlDataSource dataSource, ILogger<SchemaWaitService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Waiting for schema version {Version}", SchemaMigrator.RequiredVersion);
        await new SchemaMigrator(dataSource).WaitForVersionAsync(SchemaMigrator.RequiredVersion, TimeSpan.FromSeconds(1), stoppingToken);
        logger.LogInformation("Schema version {Version} is there", SchemaMigrator.RequiredVersion);
    }
}
