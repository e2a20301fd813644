using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace IOC.Testing.Servers;

/// <summary>Starting and killing the long-running processes tests use (servers, our services).</summary>
public static class BackgroundProcess
{
    private const int TailLines = 150;
    private static readonly ConditionalWeakTable<Process, ConcurrentQueue<string>> Tails = new();

    /// <summary>
    /// Starts the process with its output drained, so a chatty server never blocks on a full pipe, and records its pid
    /// under the run's folder (<c>pids/</c>), so <c>./ioc test</c> can stop whatever a crashed test host left running.
    /// The last lines of its output are kept for the message of a process that dies (<see cref="Tail"/>).
    /// </summary>
    /// <param name="info">What to start.</param>
    /// <param name="logFile">When given, every line of the process's output is appended to this file as well.</param>
    public static Process Start(ProcessStartInfo info, string? logFile = null)
    {
        info.UseShellExecute = false;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Cannot start {info.FileName}");
        var tail = Tails.GetValue(process, _ => new ConcurrentQueue<string>());
        process.OutputDataReceived += (_, line) => Keep(tail, line.Data, logFile);
        process.ErrorDataReceived += (_, line) => Keep(tail, line.Data, logFile);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        RecordPid(process.Id);
        return process;
    }

    /// <summary>The last lines the process wrote (stdout and stderr interleaved), oldest first.</summary>
    public static string Tail(Process process) =>
        Tails.TryGetValue(process, out var tail) ? string.Join(Environment.NewLine, tail) : "";

    private static void Keep(ConcurrentQueue<string> tail, string? line, string? logFile)
    {
        if (line is null)
        {
            return;
        }
        if (logFile is not null)
        {
            lock (tail)
            {
                File.AppendAllText(logFile, line + Environment.NewLine);
            }
        }
        tail.Enqueue(line);
        while (tail.Count > TailLines)
        {
            tail.TryDequeue(out _);
        }
    }

    // The file holds the process's start time (field 22 of /proc/PID/stat), so a pid reused later is never killed.
    private static void RecordPid(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return;
        }
        var folder = Path.Combine(ProcessRunner.TestRoot(), "pids");
        Directory.CreateDirectory(folder);
        var startTime = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[19];
        File.WriteAllText(Path.Combine(folder, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)), startTime);
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
                process.WaitForExit();
                throw new ProcessExitedException(
                    $"{what}: the process exited with {process.ExitCode}; its last output:{Environment.NewLine}{Tail(process)}");
            }
            using var response = await http.GetAsync(url);
            return response.IsSuccessStatusCode;
        }, timeout, what).ContinueWith(t => { http.Dispose(); t.GetAwaiter().GetResult(); }, TaskScheduler.Default);
    }
}
