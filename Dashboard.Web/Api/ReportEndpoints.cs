using IOC.Analytics.Catalog;
using IOC.Analytics.Time;
using IOC.Dashboard.Access;
using IOC.Dashboard.Components.Reports;
using IOC.Dashboard.Exports;
using IOC.Dashboard.Localization;
using IOC.Dashboard.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IOC.Dashboard.Api;

/// <summary>
/// <c>GET /api/v1/reports/{period}.xlsx|.html|.pdf?unit=…</c> (CONTRACT.md §5, docs/reports.md): the report of a unit for a
/// period in the official form's shape, made from the figures as of now; <c>unit</c> defaults to the caller's highest
/// unit. Behind the read policy, like every read.
/// </summary>
public static class ReportEndpoints
{
    /// <summary>Maps the report endpoint under the given group.</summary>
    public static RouteGroupBuilder MapReportEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/reports/{period}.{format}", async (string period, string format, string? unit, string? lang, HttpContext http,
                CatalogCache catalog, ReportBuilder builder, ReportPdf pdf, TimeProvider time, CancellationToken cancellationToken) =>
            {
                if (format is not ("xlsx" or "html" or "pdf"))
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown format",
                        detail: "A report is served as .xlsx, .html or .pdf.");
                }
                if (format == "pdf" && !pdf.CanPrint)
                {
                    return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "No Chromium",
                        detail: "PDF reports are printed by headless Chromium: install Debian's chromium or set IOC_CHROMIUM.");
                }
                if (ReportPeriod.Parse(period) is not { } parsed)
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad period",
                        detail: "The period is 2026-W47 (ISO week), 2026-11, 2026-Q4, 2026, or a cut-off period 2026-11c, 2026-Q4c, 2026c.");
                }
                if (parsed.Period.From > ProvinceTime.DateOf(time.GetUtcNow()))
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Period not begun",
                        detail: $"{parsed.Code} begins on {parsed.Period.From:yyyy-MM-dd}.");
                }
                var named = unit ?? ReadScope.Of(http.User)?.RootUnit ?? catalog.Current.Units.FirstOrDefault(u => u.ParentCode is null)?.Code;
                var (target, snapshot, problem) = await UnitQuery.ResolveAsync(named, catalog, cancellationToken);
                if (problem is not null)
                {
                    return problem;
                }
                var report = builder.Build(snapshot, target!, parsed);
                var text = WallText.For(lang);
                var name = $"bao-cao-{target!.Code}-{parsed.Code}.{format}";
                return format switch
                {
                    "xlsx" => Results.File(ReportWorkbook.Of(report, text), ExportFormat.Xlsx.ContentType(), name),
                    "pdf" => Results.File(await pdf.PrintAsync(report, text, cancellationToken), "application/pdf", name),
                    _ => new RazorComponentResult<ReportDocument>(new { Report = report, Text = text }),
                };
            })
            .WithName("GetReport");
        return api;
    }
}
