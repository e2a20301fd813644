using System.Diagnostics;

namespace IOC.Testing.Servers;

/// <summary>A real influxd of the test run's own (own folder, own HTTP and RPC ports), which tests may stop and restart.</summary>
public sealed class InfluxServer : IAsyncDisposable
{
    private static readonly Lazy<Task<InfluxServer>> Shared = new(() => StartNewAsync());
    private readonly string _configPath;
    private Process? _process;

    private InfluxServer(string directory, int httpPort)
    {
        Folder = directory;
        HttpPort = httpPort;
        _configPath = Path.Combine(directory, "influxdb.conf");
    }

    public string Folder { get; }

    public int HttpPort { get; }

    public Uri Url => new($"http://127.0.0.1:{HttpPort}");

    /// <summary>The server shared by every test of this test assembly, stopped when the process exits.</summary>
    public static Task<InfluxServer> SharedAsync() => Shared.Value;

    public static async Task<InfluxServer> StartNewAsync()
    {
        var directory = Path.Combine(ProcessRunner.TestRoot(), $"influx-{Environment.ProcessId}-{Guid.NewGuid():N}"[..28]);
        Directory.CreateDirectory(directory);
        var server = new InfluxServer(directory, FreePort.Next());
        await File.WriteAllTextAsync(server._configPath, InfluxConfig.Render(directory, server.HttpPort, FreePort.Next()));
        await server.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    public async Task StartAsync()
    {
        var info = new ProcessStartInfo("influxd");
        info.ArgumentList.Add("-config");
        info.ArgumentList.Add(_configPath);
        _process = BackgroundProcess.Start(info);
        await BackgroundProcess.WaitUntilAnswersAsync(_process, new Uri(Url, "/ping"), TimeSpan.FromSeconds(60), "influxd");
    }

    public void Stop()
    {
        BackgroundProcess.Kill(_process);
        _process = null;
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }
}
