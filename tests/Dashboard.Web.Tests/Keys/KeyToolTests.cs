using System.Net;
using System.Security.Cryptography;
using System.Text;
using IOC.Analytics.Access;
using IOC.Testing;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace IOC.Dashboard.Tests.Keys;

/// <summary>
/// <c>./ioc key add | list | revoke</c> against the real database and the real dashboard: what it prints, what it
/// stores (only the key's hash), and that a key made or revoked takes effect without a restart.
/// </summary>
public sealed class KeyToolTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);
    private static readonly string Period = "from=2026-11-01&to=2026-11-02";

    public async Task InitializeAsync() => await new ProvinceSeeder(app.Database.DataSource).LoadCatalogAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Add_ACommunesReadKey_ReadsThatCommuneOnlyAndIsListedWithoutItsSecret()
    {
        var (id, key) = await KeyTools.AddAsync(app.Database.ConnectionString, "--purpose", "read", "--unit", TestCatalog.CommuneA, "--name", "xã Hòa Bình");
        using var client = Client(key);
        await Eventually.TrueAsync(async () => await StatusAsync(client, TestCatalog.CommuneA) == HttpStatusCode.OK, Generous, "the new key to read");
        var (_, list, _) = await KeyTools.RunAsync(app.Database.ConnectionString, "list");

        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(client, TestCatalog.Province));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(client, TestCatalog.CommuneB));
        Assert.Contains(list.Split('\n'), line => line.StartsWith($"{id}\tread\t{TestCatalog.CommuneA}\txã Hòa Bình\t", StringComparison.Ordinal)
            && line.EndsWith("\tactive", StringComparison.Ordinal));
        Assert.DoesNotContain(key, list);
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(key)), await StoredHashAsync(id));
    }

    [Fact]
    public async Task Revoke_AKeyInUse_IsRefusedWithoutARestart()
    {
        var (id, key) = await KeyTools.AddAsync(app.Database.ConnectionString, "--purpose", "read");
        using var client = Client(key);
        await Eventually.TrueAsync(async () => await StatusAsync(client, TestCatalog.Province) == HttpStatusCode.OK, Generous, "the new key to read");

        var (status, output, _) = await KeyTools.RunAsync(app.Database.ConnectionString, "revoke", id);

        Assert.Equal(0, status);
        Assert.Contains("revoked", output);
        await Eventually.TrueAsync(async () => await StatusAsync(client, TestCatalog.Province) == HttpStatusCode.Unauthorized, Generous,
            "the revoked key to be refused");
        var (again, _, error) = await KeyTools.RunAsync(app.Database.ConnectionString, "revoke", id);
        Assert.Equal((1, true), (again, error.Contains("no active key")));
    }

    [Fact]
    public async Task Revoke_AKeysOpenHubConnection_IsClosed()
    {
        var (id, key) = await KeyTools.AddAsync(app.Database.ConnectionString, "--purpose", "read", "--unit", TestCatalog.CommuneA);
        using var client = Client(key);
        await Eventually.TrueAsync(async () => await StatusAsync(client, TestCatalog.CommuneA) == HttpStatusCode.OK, Generous, "the new key to read");
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, "/hubs/kpi"), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
                options.Headers["X-Api-Key"] = key;
            })
            .Build();
        var closed = new TaskCompletionSource();
        hub.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        await hub.StartAsync();
        await hub.InvokeAsync("Subscribe", TestCatalog.CommuneA);

        await KeyTools.RunAsync(app.Database.ConnectionString, "revoke", id);

        await closed.Task.WaitAsync(Generous);
        Assert.Equal(HubConnectionState.Disconnected, hub.State);
    }

    [Fact]
    public async Task Add_AnIngestKey_DoesNotReadTheDashboard()
    {
        var (_, key) = await KeyTools.AddAsync(app.Database.ConnectionString, "--purpose", "ingest");
        await Task.Delay(StoredKeyRefresher.Interval * 2);
        using var client = Client(key);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, TestCatalog.Province));
    }

    [Theory]
    [InlineData("add --purpose write", 2, "usage:")]
    [InlineData("add --purpose read --unit NOWHERE", 1, "is not in the catalogue")]
    [InlineData("add --purpose read --colour red", 2, "usage:")]
    [InlineData("revoke", 2, "usage:")]
    [InlineData("revoke k0000000000", 1, "no active key")]
    public async Task WrongArguments_AreRefusedWithTheReason(string arguments, int expected, string reason)
    {
        var (status, output, error) = await KeyTools.RunAsync(app.Database.ConnectionString, arguments.Split(' '));

        Assert.Equal(expected, status);
        Assert.Contains(reason, error);
        Assert.DoesNotContain("key: ioc_", output);
    }

    private async Task<byte[]> StoredHashAsync(string id)
    {
        await using var command = app.Database.DataSource.CreateCommand("SELECT secret_sha256 FROM api_key WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        return (byte[])(await command.ExecuteScalarAsync())!;
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string unit)
    {
        using var response = await client.GetAsync($"/api/v1/kpi?unit={unit}&{Period}");
        return response.StatusCode;
    }

    private HttpClient Client(string key)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}
