using System.Diagnostics;

namespace IOC.Testing.Servers;

/// <summary>Starting and killing the long-running processes tests use (servers, our services).</summary>
public static class BackgroundProcess
{
    /// <summary>Starts the process with its output drained, so a chatty server never blocks on a full pipe.</summary>
    public static Process Start(ProcessStartInfo info)
    {
        info.UseShellExecute = false;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Cannot start {info.FileName}");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>kill -9 of the process and its children: no shutdown code runs.</summary>
    public static void Kill(Process? process)
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process?.Dispose();
    }

    /// <summary>Waits (generously) until the URL answers 2xx, failing early when the process has died.</summary>
    public static Task WaitUntilAnswersAsync(Process process, Uri url, TimeSpan timeout, string what)
    {
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        return Eventually.TrueAsync(async () =>
        {
            if (process.HasExited)
            {
                throw new ProcessExitedException($"{what}: the process exited with {process.ExitCode}");
            }
            using var response = await http.GetAsync(url);
            return response.IsSuccessStatusCode;
        }, timeout, what).ContinueWith(t => { http.Dispose(); t.GetAwaiter().GetResult(); }, TaskScheduler.Default);
    }
}
