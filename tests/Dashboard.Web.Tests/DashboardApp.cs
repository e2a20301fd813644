using IOC.Testing.Servers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IOC.Dashboard.Tests;

/// <summary>The real dashboard in-process, on a fresh migrated database of the test PostgreSQL and the test InfluxDB.</summary>
public class DashboardApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ReadKey = "test-read-key";

    public PostgresDatabase Database { get; } = new();

    public InfluxServer Influx { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Influx = await InfluxServer.SharedAsync();
    }

    /// <summary>More settings of the dashboard, for a fixture that runs it beside something else.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> MoreSettings() => [];

    /// <summary>Stops what a derived fixture started beside the dashboard, before the database goes.</summary>
    protected virtual Task StopAlongsideAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("IOC_PG", Database.ConnectionString);
        builder.UseSetting("IOC_INFLUX_URL", Influx.Url.ToString());
        builder.UseSetting("IOC_READ_API_KEY", ReadKey);
        // The report archive is filled by the tests that are about it (ReportScheduler.RunOnceAsync), not in the background.
        builder.UseSetting("IOC_REPORTS_SCHEDULED", "off");
        foreach (var (name, value) in MoreSettings())
        {
            builder.UseSetting(name, value);
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await StopAlongsideAsync();
        await Database.DisposeAsync();
    }
}
