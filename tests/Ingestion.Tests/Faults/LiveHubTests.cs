using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using IOC.Testing;
using IOC.Testing.Servers;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace IOC.Ingestion.Tests.Faults;

/// <summary>Ingestion and Dashboard.Web as real processes: events posted to one reach a hub subscriber of the other.</summary>
public sealed class LiveHubTests : IAsyncLifetime
{
    private const string ReadKey = "live-read";
    private const string ServiceKey = "live-service";
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);
    private IngestionAndDashboard _services = null!;
    private ServiceProcess _dashboard = null!;
    private HttpClient _source = null!;

    public async Task InitializeAsync()
    {
        _services = await IngestionAndDashboard.StartAsync(ServiceKey, ReadKey);
        (_dashboard, _source) = (_services.Dashboard, _services.Source);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Subscribe_ThenEventPosted_SnapshotFirstThenTheChange()
    {
        var messages = new ConcurrentQueue<JsonElement>();
        await using var hub = await ConnectAsync(messages);

        await hub.InvokeAsync("Subscribe", TestCatalog.Province);
        var snapshot = await NextAsync(messages, _ => true);
        await PostReceivedAsync("LIVE-1");

        var change = await NextAsync(messages, kpi => Received(kpi) == 1);
        Assert.Equal(0, Received(snapshot));
        Assert.Equal(TestCatalog.Province, change.GetProperty("unit").GetString());
    }

    [Fact]
    public async Task DashboardRestart_IngestionKeepsAcceptingAndSubscribersCatchUp()
    {
        _dashboard.Kill();
        var (accepted, _) = await _source.PostEventsAsync(ReceivedNow("LIVE-2"));
        await _dashboard.StartAsync();
        var messages = new ConcurrentQueue<JsonElement>();
        await using var hub = await ConnectAsync(messages);

        await hub.InvokeAsync("Subscribe", TestCatalog.CommuneA);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        await NextAsync(messages, kpi => Received(kpi) == 1);
        await PostReceivedAsync("LIVE-3");
        await NextAsync(messages, kpi => Received(kpi) == 2);
    }

    [Fact]
    public async Task DashboardKilledWhilePublishing_PublishingGoesOnAfterRestart()
    {
        const int Posted = 60;
        var posted = 0;
        var aThirdPosted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var posting = Task.Run(async () =>
        {
            for (var i = 0; i < Posted; i++)
            {
                await PostReceivedAsync($"BURST-{i}", TestCatalog.CommuneB);
                if (Interlocked.Increment(ref posted) == Posted / 3)
                {
                    aThirdPosted.SetResult();
                }
                await Task.Delay(20);
            }
        });
        await aThirdPosted.Task.WaitAsync(TimeSpan.FromSeconds(90));
        _dashboard.Kill();
        var postedBeforeTheKill = Volatile.Read(ref posted);
        await posting;

        Assert.InRange(postedBeforeTheKill, Posted / 3, Posted - 1);
        await _dashboard.StartAsync();
        var messages = new ConcurrentQueue<JsonElement>();
        await using var hub = await ConnectAsync(messages);

        await hub.InvokeAsync("Subscribe", TestCatalog.CommuneB);

        await NextAsync(messages, kpi => Received(kpi) == Posted);
        await PostReceivedAsync("AFTER", TestCatalog.CommuneB);
        await NextAsync(messages, kpi => Received(kpi) == Posted + 1);
    }

    [Fact]
    public async Task OfficialJavaScriptClient_WithAccessToken_ReceivesKpiAfterAPostedEvent()
    {
        var folder = Environment.GetEnvironmentVariable("IOC_TEST_JS_CLIENT") ?? await InstallJavaScriptClientAsync();
        var lines = new ConcurrentQueue<string>();
        using var node = new System.Diagnostics.Process
        {
            StartInfo = new System.Diagnostics.ProcessStartInfo("node")
            {
                ArgumentList = { Path.Combine(folder, "subscribe.mjs"), new Uri(_dashboard.Url, "/hubs/kpi").ToString(), ReadKey, TestCatalog.Province },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = folder,
            },
        };
        node.OutputDataReceived += (_, line) => { if (line.Data is not null) { lines.Enqueue(line.Data); } };
        var errors = new ConcurrentQueue<string>();
        node.ErrorDataReceived += (_, line) => { if (line.Data is not null) { errors.Enqueue(line.Data); } };
        node.Start();
        node.BeginOutputReadLine();
        node.BeginErrorReadLine();
        try
        {
            await Eventually.TrueAsync(() => Task.FromResult(lines.Any(l => l.Contains("subscribed", StringComparison.Ordinal))
                || errors.Any(e => e.Contains("Error", StringComparison.Ordinal))), Generous, "the JS client to subscribe");
            Assert.True(errors.IsEmpty, string.Join('\n', errors));
            await PostReceivedAsync("LIVE-JS");

            await Eventually.TrueAsync(() => Task.FromResult(lines.Where(l => l.Contains("\"received\"", StringComparison.Ordinal))
                .Select(l => JsonDocument.Parse(l).RootElement).Any(kpi => Received(kpi) == 1)), Generous, "a kpi message at the JS client");
        }
        finally
        {
            node.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task Hub_ReadKeyCannotPublishAndNoKeyIsRefused()
    {
        await using var reader = await ConnectAsync(new ConcurrentQueue<JsonElement>());
        await Assert.ThrowsAsync<HubException>(() => reader.InvokeAsync("Publish", Array.Empty<object>()));
        await using var anonymous = new HubConnectionBuilder().WithUrl(new Uri(_dashboard.Url, "/hubs/kpi")).Build();
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => anonymous.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private async Task<HubConnection> ConnectAsync(ConcurrentQueue<JsonElement> messages)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(_dashboard.Url, "/hubs/kpi"), options => options.Headers["X-Api-Key"] = ReadKey)
            .Build();
        hub.On<JsonElement>("kpi", messages.Enqueue);
        await hub.StartAsync();
        return hub;
    }

    private async Task PostReceivedAsync(string code, string unit = TestCatalog.CommuneA)
    {
        var (response, _) = await _source.PostEventsAsync(ReceivedNow(code, unit));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private static object ReceivedNow(string code, string unit = TestCatalog.CommuneA) =>
        SourceClient.Received(code + "-in", code, ProvinceToday.OccurredAt(), unit);

    private static int Received(JsonElement kpi) => kpi.GetProperty("received").GetProperty("total").GetInt32();

    private static Task<JsonElement> NextAsync(ConcurrentQueue<JsonElement> messages, Func<JsonElement, bool> wanted) =>
        Eventually.ValueAsync<object>(() =>
        {
            while (messages.TryDequeue(out var message))
            {
                if (wanted(message))
                {
                    return Task.FromResult<object?>(message);
                }
            }
            return Task.FromResult<object?>(null);
        }, Generous, "a kpi message").ContinueWith(t => (JsonElement)t.Result, TaskScheduler.Default);

    /// <summary>
    /// The official client installed with npm, for a run outside <c>./ioc test</c> (which installs it once before the
    /// run and passes the folder in <c>IOC_TEST_JS_CLIENT</c>).
    /// </summary>
    private static async Task<string> InstallJavaScriptClientAsync()
    {
        var folder = Path.Combine(ProcessRunner.TestRoot(), "js-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Faults", "js")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        await ProcessRunner.RunAsync("npm", "install", "--prefix", folder, "--no-audit", "--no-fund", "--loglevel=error");
        return folder;
    }
}
