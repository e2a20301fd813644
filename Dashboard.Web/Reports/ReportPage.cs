using IOC.Dashboard.Components.Reports;
using IOC.Dashboard.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace IOC.Dashboard.Reports;

/// <summary>
/// The printable page of a report as one self-contained HTML document (<see cref="ReportDocument"/> rendered on the
/// server, its stylesheet inlined): what the archive stores and what Chromium prints.
/// </summary>
public sealed class ReportPage(IServiceScopeFactory scopes, ILoggerFactory loggers, IWebHostEnvironment environment)
{
    // Read once: the schedule renders hundreds of pages in a row.
    private readonly Lazy<string> _styles = new(() => File.ReadAllText(environment.WebRootFileProvider.GetFileInfo("report.css").PhysicalPath!));

    /// <summary>The page's HTML.</summary>
    public async Task<string> HtmlAsync(PeriodReport report, WallText text)
    {
        var styles = _styles.Value;
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<ReportDocument>(ParameterView.FromDictionary(
            new Dictionary<string, object?> { ["Report"] = report, ["Text"] = text, ["Styles"] = styles }))).ToHtmlString());
    }
}
