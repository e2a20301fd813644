using IOC.Analytics.Storage;
using Npgsql;

namespace IOC.Dashboard.Hosting;

/// <summary>
/// What the operator's commands of the Dashboard.Web executable (<c>./ioc user …</c>, <c>./ioc key …</c>) share: the
/// database of <c>IOC_PG</c> once it is migrated, their <c>--name value</c> options, the catalogue's units, refusals.
/// </summary>
public static class OperatorCommand
{
    /// <summary>Who the audit log names for a change made on the command line: <c>./ioc</c> and the operator's user name.</summary>
    public static string Actor => $"./ioc ({Environment.UserName})";

    /// <summary>The database, or null (after saying so on <paramref name="error"/>) when IOC has not migrated it yet.</summary>
    public static async Task<NpgsqlDataSource?> OpenAsync(string command, Func<string, string?> environment, TextWriter error)
    {
        var dataSource = NpgsqlDataSource.Create(PostgresConnection.Build(environment("IOC_PG"), "ioc-" + command));
        if (await new SchemaMigrator(dataSource).CurrentVersionAsync() >= SchemaMigrator.RequiredVersion)
        {
            return dataSource;
        }
        await dataSource.DisposeAsync();
        await error.WriteLineAsync($"{command}: the database is not ready yet; start IOC once with ./ioc run");
        return null;
    }

    /// <summary>
    /// "--role head --unit X --password-stdin" → {--role: head, --unit: X, --password-stdin: null}: the options named in
    /// <paramref name="valued"/> take the argument after them.
    /// </summary>
    public static Dictionary<string, string?> Options(string[] args, params string[] valued)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var takesValue = valued.Contains(args[i]) && i + 1 < args.Length;
            options[args[i]] = takesValue ? args[++i] : null;
        }
        return options;
    }

    /// <summary>The level of a unit of the catalogue (<c>province</c>, <c>department</c>, <c>commune</c>); null when unknown.</summary>
    public static async Task<string?> UnitLevelAsync(NpgsqlDataSource dataSource, string unitCode)
    {
        await using var command = dataSource.CreateCommand("SELECT level FROM unit WHERE code = @code");
        command.Parameters.AddWithValue("code", unitCode);
        return await command.ExecuteScalarAsync() as string;
    }

    /// <summary>Writes the refusal and returns its exit status.</summary>
    public static async Task<int> RefuseAsync(TextWriter error, string message, int status)
    {
        await error.WriteLineAsync(message);
        return status;
    }
}
