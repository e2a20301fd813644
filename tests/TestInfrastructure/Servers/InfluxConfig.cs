namespace IOC.Testing.Servers;

/// <summary>The influxd configuration of <c>./ioc run</c> (scripts/influxdb.conf.template), filled in for a test server.</summary>
public static class InfluxConfig
{
    public static string Render(string directory, int httpPort, int rpcPort) =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "scripts", "influxdb.conf.template"))
            .Replace("{{DIR}}", directory, StringComparison.Ordinal)
            .Replace("{{HTTP_PORT}}", httpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{RPC_PORT}}", rpcPort.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
