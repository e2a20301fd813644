using System.Diagnostics;
using System.Globalization;
using IOC.Testing;
using IOC.Testing.Servers;

namespace IOC.Bench;

/// <summary>
/// One of IOC's services running as its own process from a Release publish, on a free loopback port, with its output in
/// a log file. Killed on dispose and, should the bench die first, when the bench process exits.
/// </summary>
public sealed class PublishedService : IAsyncDisposable
{
    private static readonly Lazy<long> ClockTicksPerSecond = new(() =>
        long.Parse(ProcessRunner.RunAsync("getconf", "CLK_TCK").GetAwaiter().GetResult().Trim(), CultureInfo.InvariantCulture));

    private readonly Process _process;
    private readonly TextWriter _log;

    private PublishedService(Process process, TextWriter log, Uri url, string logPath)
    {
        _process = process;
        _log = log;
        Url = url;
        LogPath = logPath;
    }

    public Uri Url { get; }

    public string LogPath { get; }

    public int Pid => _process.Id;

    /// <summary>Publishes a project (Release) into a folder under the bench's run folder; returns the folder.</summary>
    public static async Task<string> PublishAsync(string project, string name)
    {
        var output = Path.Combine(ProcessRunner.TestRoot(), "publish", name);
        await ProcessRunner.RunAsync("dotnet", "publish", Path.Combine(RepositoryRoot.Path, project), "-c", "Release", "-o", output,
            "--nologo", "-v", "quiet");
        return output;
    }

    /// <summary>A free loopback address, for a service that must be named to another before it starts.</summary>
    public static Uri FreeUrl() => new($"http://127.0.0.1:{FreePort.Next()}");

    /// <summary>
    /// Starts <c>dotnet {dll}</c> from its publish folder on <paramref name="url"/> (a free port when null) and waits until
    /// <c>/healthz</c> answers 200.
    /// </summary>
    public static async Task<PublishedService> StartAsync(string folder, string dll, IReadOnlyDictionary<string, string> environment,
        Uri? url = null)
    {
        url ??= FreeUrl();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(folder, dll));
        info.Environment["ASPNETCORE_URLS"] = url.ToString().TrimEnd('/');
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        var logPath = Path.Combine(ProcessRunner.TestRoot(), Path.GetFileNameWithoutExtension(dll) + ".log");
        var log = TextWriter.Synchronized(new StreamWriter(logPath) { AutoFlush = true });
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Cannot start {dll}");
        process.OutputDataReceived += (_, line) => log.WriteLine(line.Data);
        process.ErrorDataReceived += (_, line) => log.WriteLine(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new PublishedService(process, log, url, logPath);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => service.Kill();
        try
        {
            await service.WaitHealthyAsync(TimeSpan.FromSeconds(120));
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
        return service;
    }

    /// <summary>Resident memory now (VmRSS), in MiB.</summary>
    public double ResidentMiB() => StatusMiB("VmRSS");

    /// <summary>The highest resident memory so far (VmHWM), in MiB.</summary>
    public double PeakResidentMiB() => StatusMiB("VmHWM");

    /// <summary>CPU time the process has used so far, user and system (utime + stime of /proc/PID/stat), in seconds.</summary>
    public double CpuSeconds()
    {
        // The command name (field 2) may hold spaces; the fields after its closing parenthesis start at field 3.
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks / (double)ClockTicksPerSecond.Value;
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        await _log.DisposeAsync();
    }

    private double StatusMiB(string field)
    {
        var kilobytes = Machine.ProcField($"/proc/{_process.Id}/status", field)
            ?? throw new InvalidOperationException($"/proc/{_process.Id}/status has no {field}");
        return Math.Round(double.Parse(kilobytes.Split(' ')[0], CultureInfo.InvariantCulture) / 1024, 1);
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone: nothing to stop.
        }
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{_process.StartInfo.ArgumentList[0]} exited with {_process.ExitCode}; see {LogPath}");
            }
            try
            {
                using var response = await http.GetAsync(new Uri(Url, "/healthz"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{Url}healthz did not answer 200 within {timeout}; see {LogPath}");
    }
}
