using System.Collections.Concurrent;
using IOC.Dashboard.Tests.Accounts;
using IOC.Dashboard.Tests.Keys;
using IOC.Testing;
using IOC.Testing.Servers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IOC.Dashboard.Tests.Kiosk;

/// <summary>The real dashboard with a read key, a service key, two kiosk tokens and the wall closed to requests without one.</summary>
public sealed class KioskApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Token = "screen-lobby";
    public const string OtherToken = "screen-hall";
    public const string ServiceKey = "kiosk-app-service";

    private readonly PostgresDatabase _database = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _sessions = new();
    private InfluxServer _influx = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await new ProvinceSeeder(_database.DataSource).LoadCatalogAsync();
        _influx = await InfluxServer.SharedAsync();
    }

    /// <summary>The test database's connection string.</summary>
    public string ConnectionString => _database.ConnectionString;

    /// <summary>The session cookie of an account made once per fixture (<c>./ioc user add</c>) and signed in at <c>/login</c>.</summary>
    public Task<string> SessionAsync(string name, string role, string unit, string password) =>
        _sessions.GetOrAdd(name, _ => new Lazy<Task<string>>(async () =>
        {
            var (status, _, error) = await People.ToolAsync(ConnectionString, password, "add", name, "--role", role, "--unit", unit, "--password-stdin");
            Assert.True(status == 0, error);
            return await People.SessionCookieAsync(this, name, password);
        })).Value;

    /// <summary>
    /// A key made once per fixture with <c>./ioc key add --purpose read --unit …</c>, returned once the dashboard has
    /// taken it (it reads that unit).
    /// </summary>
    public Task<string> UnitReadKeyAsync(string unit) =>
        _sessions.GetOrAdd("key " + unit, _ => new Lazy<Task<string>>(async () =>
        {
            var (_, key) = await KeyTools.AddAsync(ConnectionString, "--purpose", "read", "--unit", unit);
            using var client = CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
            await Eventually.TrueAsync(async () =>
            {
                using var response = await client.GetAsync($"/api/v1/kpi?unit={unit}&from=2026-11-01&to=2026-11-01");
                return response.StatusCode == System.Net.HttpStatusCode.OK;
            }, TimeSpan.FromSeconds(30), "the dashboard to take the new key");
            return key;
        })).Value;

    /// <summary>A client that shows each answer as it is: no redirects followed, no cookies kept.</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("IOC_PG", _database.ConnectionString);
        builder.UseSetting("IOC_INFLUX_URL", _influx.Url.ToString());
        builder.UseSetting("IOC_READ_API_KEY", DashboardApp.ReadKey);
        builder.UseSetting("IOC_SERVICE_KEY", ServiceKey);
        builder.UseSetting("IOC_KIOSK_TOKEN", $"{Token}, {OtherToken}");
        builder.UseSetting("IOC_WALL_REQUIRE_TOKEN", "on");
        builder.UseSetting("IOC_REPORTS_SCHEDULED", "off");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
    }
}
