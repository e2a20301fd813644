namespace IOC.Ingestion.Live;

/// <summary>Where and how Ingestion publishes live figures (README.md, "Configuration").</summary>
public sealed record LiveSettings(Uri DashboardUrl, string ServiceKey, TimeSpan Window)
{
    /// <summary>Reads <c>IOC_DASHBOARD_URL</c> and <c>IOC_SERVICE_KEY</c>.</summary>
    public static LiveSettings From(IConfiguration configuration) => new(
        new Uri(string.IsNullOrWhiteSpace(configuration["IOC_DASHBOARD_URL"]) ? "http://127.0.0.1:5080" : configuration["IOC_DASHBOARD_URL"]!),
        configuration["IOC_SERVICE_KEY"] ?? "",
        TimeSpan.FromMilliseconds(250));
}
