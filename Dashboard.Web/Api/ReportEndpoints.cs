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
/// <c>GET /api/v1/reports/{period}.xlsx|.html?unit=…</c> (CONTRACT.md §5, docs/reports.md): the report of a unit for a
/// period in the official form's shape, made from the figures as of now; <c>unit</c> defaults to the caller's highest
/// unit. Behind the read policy, like every read.
/// </summary>
public static class ReportEndpoints
{
    /// <summary>Maps the report endpoint under the given group.</summary>
    public static RouteGroupBuilder MapReportEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/reports/{period}.{format}", async (string period, string format, string? unit, string? lang, HttpContext http,
                CatalogCache catalog, ReportBuilder builder, TimeProvider time, CancellationToken cancellationToken) =>
            {
                if (format is not ("xlsx" or "html"))
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown format",
                        detail: "A report is served as .xlsx or .html.");
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
                return format == "xlsx"
                    ? Results.File(ReportWorkbook.Of(report, text), ExportFormat.Xlsx.ContentType(), $"bao-cao-{target!.Code}-{parsed.Code}.xlsx")
                    : new RazorComponentResult<ReportDocument>(new { Report = report, Text = text });
            })
            .WithName("GetReport");
        return api;
    }
}
