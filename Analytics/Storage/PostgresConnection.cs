using Npgsql;

namespace IOC.Analytics.Storage;

/// <summary>Builds the PostgreSQL connection string from configuration (<c>IOC_PG</c> or host/port parts).</summary>
public static class PostgresConnection
{
    /// <summary>Default local server started by <c>./ioc run</c>.</summary>
    public const string DefaultHost = "127.0.0.1";

    /// <summary>Default port of the project's own PostgreSQL.</summary>
    public const int DefaultPort = 15432;

    /// <summary>
    /// A connection string from <paramref name="configured"/> (a full Npgsql connection string) or, when empty,
    /// the project's local server defaults.
    /// </summary>
    public static string Build(string? configured, string applicationName)
    {
        var builder = string.IsNullOrWhiteSpace(configured)
            ? new NpgsqlConnectionStringBuilder
            {
                Host = DefaultHost,
                Port = DefaultPort,
                Username = "ioc",
                Password = "ioc",
                Database = "ioc",
            }
            : new NpgsqlConnectionStringBuilder(configured);
        builder.ApplicationName = applicationName;
        builder.Timeout = builder.Timeout == 15 ? 5 : builder.Timeout;
        return builder.ConnectionString;
    }
}
