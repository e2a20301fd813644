using IOC.Analytics.Hosting;
using IOC.Analytics.Influx;
using Npgsql;

namespace IOC.Ingestion.Reexport;

/// <summary>
/// The <c>reexport</c> mode of the Ingestion executable: refills InfluxDB for a range of days from PostgreSQL after an
/// outage longer than the writer's buffer. Exit code 0 when done, 1 when a server could not be used, 2 on bad usage.
/// </summary>
public static class ReexportTool
{
    /// <summary>True when the command line asks for a re-export.</summary>
    public static bool Handles(IReadOnlyList<string> args) => args.Count > 0 && args[0] == "reexport";

    /// <summary>Runs the re-export and returns its exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, Func<string, string?> environment, TextWriter output, TextWriter error,
        CancellationToken cancellationToken)
    {
        var arguments = ReexportArguments.Parse(args, out var problem);
        if (arguments is null)
        {
            await error.WriteLineAsync($"reexport: {problem}\n{ReexportArguments.Usage}");
            return 2;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            new[] { "IOC_PG", "IOC_INFLUX_URL", "IOC_INFLUX_DB" }.Select(name => KeyValuePair.Create(name, environment(name)))).Build();
        var settings = IocSettings.From(configuration, "ioc-reexport");
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        try
        {
            var result = await new InfluxReexport(settings, http, TimeProvider.System).RunAsync(arguments.Days(), cancellationToken);
            await output.WriteLineAsync($"reexport {arguments.From:yyyy-MM-dd} – {arguments.To:yyyy-MM-dd}: {result.Dossiers:N0} dossiers read " +
                $"from PostgreSQL, written to {settings.InfluxUrl} database {settings.InfluxDatabase}");
            await output.WriteLineAsync($"  kpi_flow: {result.Flows.Days} days deleted and rewritten, {result.Flows.Points:N0} points");
            await output.WriteLineAsync($"  kpi_unit: {result.UnitPoints:N0} end-of-day points ({result.Units} units × {result.Flows.Days} days)");
            return 0;
        }
        catch (Exception exception) when (exception is HttpRequestException or InfluxException or NpgsqlException or TaskCanceledException)
        {
            await error.WriteLineAsync($"reexport: {exception.Message} (InfluxDB {settings.InfluxUrl}, PostgreSQL {PostgresHost(settings)})");
            await error.WriteLineAsync("Nothing is lost: PostgreSQL holds every dossier; run the same command again when both servers answer.");
            return 1;
        }
    }

    private static string PostgresHost(IocSettings settings)
    {
        var builder = new NpgsqlConnectionStringBuilder(settings.PostgresConnectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
