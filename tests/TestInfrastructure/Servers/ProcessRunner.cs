using System.Diagnostics;

namespace IOC.Testing.Servers;

/// <summary>Runs a command to completion and fails with its output when it exits non-zero.</summary>
public static class ProcessRunner
{
    public static async Task<string> RunAsync(string fileName, params string[] arguments)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Cannot start {fileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}");
        }
        return await output;
    }

    /// <summary>The folder all test servers of this run keep their data in (<c>IOC_TEST_DIR</c>, else a temp folder).</summary>
    public static string TestRoot()
    {
        var root = Environment.GetEnvironmentVariable("IOC_TEST_DIR");
        if (string.IsNullOrEmpty(root))
        {
            root = Path.Combine(Path.GetTempPath(), "ioc-test");
        }
        Directory.CreateDirectory(root);
        // The postgres user must be able to traverse to its data folder (mktemp -d makes 0700 folders).
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(root, File.GetUnixFileMode(root) | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute
                | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
        return root;
    }
}
