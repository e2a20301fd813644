namespace IOC.Dashboard;

/// <summary>Settings of the dashboard, read from the environment (README.md, "Configuration").</summary>
public sealed record DashboardSettings(string ReadApiKey, string ServiceKey)
{
    /// <summary>
    /// Reads <c>IOC_READ_API_KEY</c> (the bootstrap read key with access to the whole province) and <c>IOC_SERVICE_KEY</c>
    /// (Ingestion's credential to publish into the hub).
    /// </summary>
    public static DashboardSettings From(IConfiguration configuration) =>
        new(configuration["IOC_READ_API_KEY"] ?? "", configuration["IOC_SERVICE_KEY"] ?? "");
}
