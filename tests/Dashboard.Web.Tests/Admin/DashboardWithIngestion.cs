using IOC.Testing;
using IOC.Testing.Servers;

namespace IOC.Dashboard.Tests.Admin;

/// <summary>
/// The dashboard in-process as <see cref="DashboardApp"/>, with the real Ingestion beside it as a process on the same
/// database: the admin pages send their catalogue, calendar and target edits there with the service credential.
/// </summary>
public sealed class DashboardWithIngestion : DashboardApp
{
    public const string ServiceKey = "admin-service-key";
    public const string IngestKey = "admin-ingest-key";

    private ServiceProcess _ingestion = null!;

    /// <inheritdoc />
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _ingestion = ServiceProcess.FromProject("Ingestion", "IOC.Ingestion.dll", new Dictionary<string, string>
        {
            ["IOC_PG"] = Database.ConnectionString,
            ["IOC_INFLUX_URL"] = Influx.Url.ToString(),
            ["IOC_INGEST_API_KEY"] = IngestKey,
            ["IOC_SERVICE_KEY"] = ServiceKey,
            ["IOC_DASHBOARD_URL"] = "http://127.0.0.1:9",
        });
        await _ingestion.StartAsync();
        await new ProvinceSeeder(Database.DataSource).LoadCatalogAsync();
    }

    /// <inheritdoc />
    protected override IEnumerable<KeyValuePair<string, string>> MoreSettings() =>
    [
        new("IOC_INGESTION_URL", _ingestion.Url.ToString()),
        new("IOC_SERVICE_KEY", ServiceKey),
    ];

    /// <inheritdoc />
    protected override async Task StopAlongsideAsync() => await _ingestion.DisposeAsync();
}
