namespace IOC.Analytics.Hosting;

/// <summary>Settings both services read from the environment (documented in README.md, "Configuration").</summary>
public sealed record IocSettings
{
    /// <summary>Default InfluxDB HTTP address of the project's own server.</summary>
    public const string DefaultInfluxUrl = "http://127.0.0.1:18086";

    /// <summary>InfluxDB base URL (<c>IOC_INFLUX_URL</c>).</summary>
    public required Uri InfluxUrl { get; init; }

    /// <summary>InfluxDB database name (<c>IOC_INFLUX_DB</c>).</summary>
    public required string InfluxDatabase { get; init; }

    /// <summary>Npgsql connection string (<c>IOC_PG</c>, else the local server).</summary>
    public required string PostgresConnectionString { get; init; }

    /// <summary>The province's targets (<c>IOC_TARGET_ONLINE_RATIO</c>, <c>IOC_TARGET_MAX_OVERDUE_RATE</c>).</summary>
    public Kpi.KpiTargets Targets { get; init; } = Kpi.KpiTargets.Default;

    /// <summary>Reads the settings from configuration keys named like the environment variables.</summary>
    public static IocSettings From(Microsoft.Extensions.Configuration.IConfiguration configuration, string applicationName) => new()
    {
        InfluxUrl = new Uri(NonEmpty(configuration["IOC_INFLUX_URL"]) ?? DefaultInfluxUrl),
        InfluxDatabase = NonEmpty(configuration["IOC_INFLUX_DB"]) ?? "ioc",
        PostgresConnectionString = Storage.PostgresConnection.Build(configuration["IOC_PG"], applicationName),
        Targets = Kpi.KpiTargets.From(configuration),
    };

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
