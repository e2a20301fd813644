using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace IOC.Analytics.Health;

/// <summary>Healthy when PostgreSQL answers and holds the schema version this build needs.</summary>
public sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await new Storage.SchemaMigrator(dataSource).CurrentVersionAsync(cancellationToken);
            return version >= Storage.SchemaMigrator.RequiredVersion
                ? HealthCheckResult.Healthy($"schema version {version}")
                : HealthCheckResult.Unhealthy($"schema version {version}, waiting for {Storage.SchemaMigrator.RequiredVersion}");
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer: " + exception.Message);
        }
    }
}
