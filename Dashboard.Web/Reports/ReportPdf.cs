using System.Diagnostics;

namespace IOC.Dashboard.Reports;

/// <summary>
/// A report as PDF: its printable page (<see cref="ReportPage"/>, self-contained) printed by headless Chromium into A4
/// landscape pages, in a folder of its own that is deleted afterwards.
/// </summary>
public sealed class ReportPdf(DashboardSettings settings)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>True when the Chromium of <c>IOC_CHROMIUM</c> is there to print with.</summary>
    public bool CanPrint => File.Exists(settings.Chromium);

    /// <summary>The PDF of a printable page's HTML.</summary>
    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("ioc-report-");
        try
        {
            var page = Path.Combine(folder.FullName, "report.html");
            var pdf = Path.Combine(folder.FullName, "report.pdf");
            await File.WriteAllTextAsync(page, html, cancellationToken);
            await RunChromiumAsync(folder.FullName, page, pdf, cancellationToken);
            return await File.ReadAllBytesAsync(pdf, cancellationToken);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task RunChromiumAsync(string folder, string page, string pdf, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(settings.Chromium,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage", "--no-pdf-header-footer",
            $"--user-data-dir={Path.Combine(folder, "profile")}", $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri,
        ])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var chromium = Process.Start(start) ?? throw new InvalidOperationException($"{settings.Chromium} did not start");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Limit);
        var error = chromium.StandardError.ReadToEndAsync(timeout.Token);
        _ = chromium.StandardOutput.ReadToEndAsync(timeout.Token);
        try
        {
            await chromium.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            chromium.Kill(entireProcessTree: true);
            throw;
        }
        if (!File.Exists(pdf))
        {
            throw new InvalidOperationException($"Chromium made no PDF (exit {chromium.ExitCode}): {await error}");
        }
    }
}
