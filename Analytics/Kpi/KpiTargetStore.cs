using Npgsql;

namespace IOC.Analytics.Kpi;

/// <summary>
/// The <c>kpi_target</c> table: the targets an administrator set, over the environment's (<see cref="KpiTargets.From"/>).
/// Ingestion writes it (PUT /api/v1/catalog/targets); both services read it through a <see cref="KpiTargetBoard"/>.
/// </summary>
public sealed class KpiTargetStore(NpgsqlDataSource dataSource)
{
    private const string OnlineRatio = "online_ratio";
    private const string MaxOverdueRate = "max_overdue_rate";

    /// <summary>The stored targets, each one not stored taken from <paramref name="fallback"/>.</summary>
    public async Task<KpiTargets> LoadAsync(KpiTargets fallback, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT code, value FROM kpi_target");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var targets = fallback;
        while (await reader.ReadAsync(cancellationToken))
        {
            targets = reader.GetString(0) switch
            {
                OnlineRatio => targets with { OnlineRatio = reader.GetDouble(1) },
                MaxOverdueRate => targets with { MaxOverdueRate = reader.GetDouble(1) },
                _ => targets,
            };
        }
        return targets;
    }

    /// <summary>Stores both targets in one statement.</summary>
    public async Task SetAsync(KpiTargets targets, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO kpi_target (code, value, updated_at) VALUES (@online, @onlineValue, now()), (@overdue, @overdueValue, now())
            ON CONFLICT (code) DO UPDATE SET value = excluded.value, updated_at = now()
            """);
        command.Parameters.AddWithValue("online", OnlineRatio);
        command.Parameters.AddWithValue("onlineValue", targets.OnlineRatio);
        command.Parameters.AddWithValue("overdue", MaxOverdueRate);
        command.Parameters.AddWithValue("overdueValue", targets.MaxOverdueRate);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
