using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Kpi.Lists;
using IOC.Dashboard.Live;

namespace IOC.Dashboard.Api;

/// <summary>
/// GET /api/v1/dossiers (CONTRACT.md §2b): a unit's overdue, due-soon, resolved-late or in-process dossiers for a period,
/// as of now, from the same facts index and standing the KPI counts use (<see cref="DossierLister"/>).
/// </summary>
public static class DossierEndpoints
{
    /// <summary>Maps the dossier list endpoint under the given group.</summary>
    public static RouteGroupBuilder MapDossierEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/dossiers", async (string? unit, string? status, string? from, string? to, string? page, string? pageSize,
                string? sort, string? q, FactsIndex index, CatalogCache catalog, CalendarRefresher calendar, TimeProvider time,
                CancellationToken cancellationToken) =>
            {
                var (target, snapshot, problem) = await UnitQuery.ResolveAsync(unit, catalog, cancellationToken);
                var (period, badPeriod) = PeriodQuery.Parse(from, to);
                var (list, badList) = DossierListParameters.Parse(status, sort, page, pageSize, q);
                if ((problem ?? badPeriod ?? badList) is { } bad)
                {
                    return bad;
                }
                var query = new DossierListQuery(snapshot.Subtree(target!.Code), period!, list!.Kind, list.Sort, list.Descending,
                    list.Search, list.Page, list.PageSize);
                return Results.Json(DossierLister.List(index, query, time.GetUtcNow(), calendar.Current));
            })
            .WithName("GetDossiers");
        return api;
    }
}
