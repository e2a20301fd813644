using System.Reflection;
using Npgsql;

namespace IOC.Analytics.Storage;

/// <summary>
/// Applies the ordered SQL migrations embedded in this assembly. One service owns migration (Ingestion);
/// the others wait for the schema version they need with <see cref="WaitForVersionAsync"/>.
/// </summary>
public sealed class SchemaMigrator(NpgsqlDataSource dataSource)
{
    private const long AdvisoryLockKey = 0x10C_5C4E_4A;
    private const string ResourcePrefix = "IOC.Migrations.";

    /// <summary>The schema version this build of the code expects.</summary>
    public static int RequiredVersion => Migrations.Value[^1].Version;

    private static readonly Lazy<IReadOnlyList<Migration>> Migrations = new(LoadMigrations);

    /// <summary>Applies every migration newer than the database's version, each in its own transaction.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, null, "SELECT pg_advisory_lock(@key)", cancellationToken, ("key", AdvisoryLockKey));
        try
        {
            await ExecuteAsync(connection, null,
                "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
                cancellationToken);
            var current = await CurrentVersionAsync(connection, cancellationToken);
            var applied = 0;
            foreach (var migration in Migrations.Value.Where(m => m.Version > current))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
                await ExecuteAsync(connection, transaction, "INSERT INTO schema_version (version, name) VALUES (@version, @name)",
                    cancellationToken, ("version", migration.Version), ("name", migration.Name));
                await transaction.CommitAsync(cancellationToken);
                applied++;
            }
            return applied;
        }
        finally
        {
            await ExecuteAsync(connection, null, "SELECT pg_advisory_unlock(@key)", CancellationToken.None, ("key", AdvisoryLockKey));
        }
    }

    /// <summary>The version recorded in the database, 0 when no migration ran yet.</summary>
    public async Task<int> CurrentVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await CurrentVersionAsync(connection, cancellationToken);
    }

    /// <summary>Waits until the owner has migrated the database to at least <paramref name="version"/>.</summary>
    public async Task WaitForVersionAsync(int version, TimeSpan pollInterval, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                if (await CurrentVersionAsync(cancellationToken) >= version)
                {
                    return;
                }
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested
                && e is NpgsqlException or TimeoutException)
            {
                // The server is not up yet, refuses or times out (a loaded machine): keep waiting, as for a schema
                // that is not there yet. Only the caller's cancellation ends the wait.
            }
            await Task.Delay(pollInterval, cancellationToken);
        }
    }

    private static async Task<int> CurrentVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT CASE WHEN to_regclass('schema_version') IS NULL THEN 0 ELSE (SELECT coalesce(max(version), 0) FROM schema_version) END",
            connection);
        var result = await command.ExecuteScalarAsync(cancellationToken);
        return Convert.ToInt32(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql,
        CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static IReadOnlyList<Migration> LoadMigrations()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Migration.From(name[ResourcePrefix.Length..^4], Read(assembly, name)))
            .OrderBy(m => m.Version)
            .ToList();
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing migration resource {resource}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record Migration(int Version, string Name, string Sql)
    {
        public static Migration From(string name, string sql) =>
            new(int.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture), name, sql);
    }
}
