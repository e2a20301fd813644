namespace IOC.Dashboard;

/// <summary>Settings of the dashboard, read from the environment (README.md, "Configuration").</summary>
public sealed record DashboardSettings(string ReadApiKey, string ServiceKey)
{
    /// <summary>SignalR's own default: how long a send may wait on a hub client that does not read.</summary>
    public static readonly TimeSpan DefaultHubSendTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long one send may wait on a hub client that does not read before its connection is closed
    /// (<c>IOC_HUB_SEND_TIMEOUT</c>); meanwhile only that connection's mailbox waits.
    /// </summary>
    public TimeSpan HubSendTimeout { get; init; } = DefaultHubSendTimeout;

    /// <summary>Whether the report archive is kept by its schedule (<c>IOC_REPORTS_SCHEDULED</c>, on unless <c>off</c>).</summary>
    public bool ReportsScheduled { get; init; } = true;

    /// <summary>The headless Chromium that prints reports as PDF (<c>IOC_CHROMIUM</c>; Debian's <c>/usr/bin/chromium</c> by default).</summary>
    public string Chromium { get; init; } = "/usr/bin/chromium";

    /// <summary>
    /// Where Ingestion answers (<c>IOC_INGESTION_URL</c>, <c>http://127.0.0.1:5081</c> by default): the admin pages send
    /// catalogue, calendar and target edits there with the service credential, Ingestion being the only writer of them.
    /// </summary>
    public Uri IngestionUrl { get; init; } = new("http://127.0.0.1:5081");

    /// <summary>
    /// Reads <c>IOC_READ_API_KEY</c> (the bootstrap read key with access to the whole province), <c>IOC_SERVICE_KEY</c>
    /// (Ingestion's credential to publish into the hub, and the dashboard's to send edits to Ingestion),
    /// <c>IOC_HUB_SEND_TIMEOUT</c>, <c>IOC_REPORTS_SCHEDULED</c>, <c>IOC_CHROMIUM</c> and <c>IOC_INGESTION_URL</c>.
    /// </summary>
    public static DashboardSettings From(IConfiguration configuration) =>
        new(configuration["IOC_READ_API_KEY"] ?? "", configuration["IOC_SERVICE_KEY"] ?? "")
        {
            HubSendTimeout = SettingDuration.Parse(configuration["IOC_HUB_SEND_TIMEOUT"]) ?? DefaultHubSendTimeout,
            ReportsScheduled = !string.Equals(configuration["IOC_REPORTS_SCHEDULED"], "off", StringComparison.OrdinalIgnoreCase),
            Chromium = configuration["IOC_CHROMIUM"] is { Length: > 0 } chromium ? chromium : "/usr/bin/chromium",
            IngestionUrl = Uri.TryCreate(configuration["IOC_INGESTION_URL"], UriKind.Absolute, out var ingestion) ? ingestion : new("http://127.0.0.1:5081"),
        };
}
