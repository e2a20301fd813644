using System.Diagnostics;

namespace IOC.Testing.Servers;

/// <summary>
/// One of our services (IOC.Ingestion.dll, IOC.Dashboard.Web.dll) as a real process on a free port, for tests that
/// kill and restart it.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly string _dll;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private Process? _process;

    public ServiceProcess(string dllName, IReadOnlyDictionary<string, string> environment)
        : this(dllName, AppContext.BaseDirectory, environment)
    {
    }

    private ServiceProcess(string dllName, string folder, IReadOnlyDictionary<string, string> environment)
    {
        _dll = Path.Combine(folder, dllName);
        _environment = environment;
        Url = new Uri($"http://127.0.0.1:{FreePort.Next()}");
    }

    public Uri Url { get; }

    /// <summary>
    /// A service of another project of the solution, from that project's build output of the same configuration
    /// (`./ioc test` builds the whole solution before any test runs).
    /// </summary>
    public static ServiceProcess FromProject(string project, string dllName, IReadOnlyDictionary<string, string> environment)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var folder = Path.Combine(RepositoryRoot.Path, project, "bin", configuration, "net10.0");
        return new ServiceProcess(dllName, folder, environment);
    }

    public int ProcessId => _process?.Id ?? 0;

    /// <summary>When set, the service's whole output goes to this file too (for tests that read its logs).</summary>
    public string? LogFile { get; set; }

    /// <summary>Starts the service and waits (generously) until its /healthz answers 200.</summary>
    public async Task StartAsync()
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(_dll)! };
        info.ArgumentList.Add(_dll);
        info.Environment["ASPNETCORE_URLS"] = Url.ToString().TrimEnd('/');
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in _environment)
        {
            info.Environment[key] = value;
        }
        _process = BackgroundProcess.Start(info, LogFile);
        await BackgroundProcess.WaitUntilAnswersAsync(_process, new Uri(Url, "/healthz"), TimeSpan.FromSeconds(120),
            $"{Path.GetFileName(_dll)} to become healthy");
    }

    /// <summary>kill -9: no shutdown code runs.</summary>
    public void Kill()
    {
        BackgroundProcess.Kill(_process);
        _process = null;
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        return ValueTask.CompletedTask;
    }
}
