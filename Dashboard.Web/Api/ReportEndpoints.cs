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
/// period in the official form's shape: an ended period's from the archive (its latest revision, or <c>revision=N</c>),
/// stored now when it is not there yet; a running one, or one in English, made from the figures as of now. <c>unit</c>
/// defaults to the caller's highest unit. Behind the read policy, like every read.
/// </summary>
public static class ReportEndpoints
{
    /// <summary>Maps the report endpoint under the given group.</summary>
    public static RouteGroupBuilder MapReportEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/reports/{period}.{format}", async (string period, string format, string? unit, string? lang, int? revision,
                HttpContext http, CatalogCache catalog, ReportBuilder builder, ReportArchive archive, ReportArchiver archiver, ReportPage page,
                ReportPdf pdf, ReportSignatures signatures, TimeProvider time, CancellationToken cancellationToken) =>
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
                var now = time.GetUtcNow();
                if (parsed.Period.From > ProvinceTime.DateOf(now))
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
                var name = $"bao-cao-{target!.Code}-{parsed.Code}.{format}";
                var text = WallText.For(lang);
                // An ended period's report in Vietnamese is the archive's (made now if it is not there yet); any other is made on request.
                if (parsed.Period.HasEnded(now) && text == WallText.Vietnamese)
                {
                    var stored = await archive.FindAsync(parsed.Code, target.Code, revision, cancellationToken);
                    if (stored is null && revision is null && await archiver.ArchiveAsync(snapshot, target, parsed, cancellationToken) is not null)
                    {
                        stored = await archive.FindAsync(parsed.Code, target.Code, null, cancellationToken);
                    }
                    if (stored is null)
                    {
                        return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such revision",
                            detail: $"The archive holds no revision {revision} of {parsed.Code} for {target.Code}.");
                    }
                    http.Response.Headers["IOC-Report-Revision"] = stored.Report.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (format == "pdf")
                    {
                        var printed = stored.Pdf;
                        if (printed is null)
                        {
                            printed = await pdf.PrintAsync(stored.Html, cancellationToken);
                            await archive.KeepPdfAsync(stored.Report, printed, cancellationToken);
                        }
                        return Results.File(printed, "application/pdf", name);
                    }
                    return await FileAsync(format, name, stored.Xlsx, stored.Html, pdf, cancellationToken);
                }
                var report = builder.Build(snapshot, target, parsed, await signatures.OfAsync(target.Code, cancellationToken));
                return format == "html"
                    ? new RazorComponentResult<ReportDocument>(new { Report = report, Text = text })
                    : await FileAsync(format, name, ReportWorkbook.Of(report, text), await page.HtmlAsync(report, text), pdf, cancellationToken);
            })
            .WithName("GetReport");
        return api;
    }

    private static async Task<IResult> FileAsync(string format, string name, byte[] xlsx, string html, ReportPdf pdf, CancellationToken cancellationToken) =>
        format switch
        {
            "xlsx" => Results.File(xlsx, ExportFormat.Xlsx.ContentType(), name),
            "pdf" => Results.File(await pdf.PrintAsync(html, cancellationToken), "application/pdf", name),
            _ => Results.Content(html, "text/html; charset=utf-8"),
        };
}
