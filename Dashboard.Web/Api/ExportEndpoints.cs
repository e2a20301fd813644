using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Kpi.Lists;
using IOC.Dashboard.Drilldown;
using IOC.Dashboard.Exports;
using IOC.Dashboard.Figures;
using IOC.Dashboard.Live;
using IOC.Dashboard.Localization;

namespace IOC.Dashboard.Api;

/// <summary>
/// The grids as downloads (docs/exports.md): <c>GET /api/v1/dossiers.csv|.xlsx</c> with the query of
/// <c>/api/v1/dossiers</c> (every page at once, up to <see cref="DossierExport.MaxRows"/>) and
/// <c>GET /api/v1/kpi/units.csv|.xlsx</c> with the query of <c>/api/v1/kpi/units</c> (plus the page's <c>sort</c> and
/// <c>q</c>); <c>lang=en</c> for English headers and conventions. Behind the same read policy as the JSON.
/// </summary>
public static class ExportEndpoints
{
    /// <summary>Maps the export endpoints under the given group.</summary>
    public static RouteGroupBuilder MapExportEndpoints(this RouteGroupBuilder api)
    {
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            api.MapGet($"/dossiers.{format.Extension()}", (string? unit, string? status, string? from, string? to, string? sort,
                    string? q, string? lang, FactsIndex index, CatalogCache catalog, CalendarRefresher calendar, TimeProvider time,
                    CancellationToken cancellationToken) =>
                    DossiersAsync(format, unit, status, from, to, sort, q, WallText.For(lang), index, catalog, calendar, time,
                        cancellationToken))
                .WithName($"GetDossiers{format}");
            api.MapGet($"/kpi/units.{format.Extension()}", async (string? parent, string? from, string? to, string? sort, string? q,
                    string? lang, UnitFigures figures, CatalogCache catalog, CancellationToken cancellationToken) =>
                {
                    var (target, snapshot, problem) = await UnitQuery.ResolveAsync(parent, catalog, cancellationToken);
                    var (period, badPeriod) = PeriodQuery.Parse(from, to);
                    if ((problem ?? badPeriod) is { } bad)
                    {
                        return bad;
                    }
                    var text = WallText.For(lang);
                    var children = ChildUnitOrder.Apply(figures.OfChildren(snapshot, target!, period!), sort, q);
                    return new ExportResult(ChildUnitExport.Of(children, target!, period!, text), format, text.Culture);
                })
                .WithName($"GetKpiUnits{format}");
        }
        return api;
    }

    private static async Task<IResult> DossiersAsync(ExportFormat format, string? unit, string? status, string? from, string? to,
        string? sort, string? q, WallText text, FactsIndex index, CatalogCache catalog, CalendarRefresher calendar, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (target, snapshot, problem) = await UnitQuery.ResolveAsync(unit, catalog, cancellationToken);
        var (period, badPeriod) = PeriodQuery.Parse(from, to);
        var (list, badList) = DossierListParameters.Parse(status, sort, null, null, q);
        if ((problem ?? badPeriod ?? badList) is { } bad)
        {
            return bad;
        }
        var query = new DossierListQuery(snapshot.Subtree(target!.Code), period!, list!.Kind, list.Sort, list.Descending, list.Search);
        var (total, items) = DossierLister.All(index, query, time.GetUtcNow(), calendar.Current);
        if (total > DossierExport.MaxRows)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Too many rows",
                detail: $"{total} dossiers match; an export holds at most {DossierExport.MaxRows}. Choose a shorter period or a smaller unit.");
        }
        return new ExportResult(DossierExport.Of(items, list.Kind, target, period!, snapshot, text), format, text.Culture);
    }
}
