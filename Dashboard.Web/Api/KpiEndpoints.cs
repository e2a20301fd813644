using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Dashboard.Figures;

namespace IOC.Dashboard.Api;

/// <summary>GET /api/v1/kpi, /api/v1/kpi/units and /api/v1/kpi/fields (CONTRACT.md §2), exact as of now, from <see cref="UnitFigures"/>.</summary>
public static class KpiEndpoints
{
    /// <summary>Maps the KPI endpoints under the given group.</summary>
    public static RouteGroupBuilder MapKpiEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/kpi", async (string? unit, string? from, string? to, UnitFigures figures, CatalogCache catalog,
                CancellationToken cancellationToken) =>
            {
                var (target, snapshot, problem) = await UnitQuery.ResolveAsync(unit, catalog, cancellationToken);
                var (period, badPeriod) = PeriodQuery.Parse(from, to);
                return problem ?? badPeriod ?? Results.Json(KpiDocument.Of(figures.Of(snapshot, target!, period!)));
            })
            .WithName("GetKpi");
        api.MapGet("/kpi/units", async (string? parent, string? from, string? to, UnitFigures figures, CatalogCache catalog,
                CancellationToken cancellationToken) =>
            {
                var (target, snapshot, problem) = await UnitQuery.ResolveAsync(parent, catalog, cancellationToken);
                var (period, badPeriod) = PeriodQuery.Parse(from, to);
                return problem ?? badPeriod ?? Results.Json(figures.OfChildren(snapshot, target!, period!).Select(KpiDocument.Of));
            })
            .WithName("GetKpiUnits");
        api.MapGet("/kpi/fields", async (string? unit, string? from, string? to, UnitFigures figures, CatalogCache catalog,
                CancellationToken cancellationToken) =>
            {
                var (target, snapshot, problem) = await UnitQuery.ResolveAsync(unit, catalog, cancellationToken);
                var (period, badPeriod) = PeriodQuery.Parse(from, to);
                return problem ?? badPeriod
                    ?? Results.Json(figures.ByField(snapshot, target!, period!).Select(f => new
                    {
                        f.Field,
                        Figures = Summary(f.Figures),
                        Procedures = f.Procedures.Select(p => new { p.Procedure.Code, p.Procedure.Name, Figures = Summary(p.Figures) }),
                    }));
            })
            .WithName("GetKpiFields");
        return api;
    }

    /// <summary>The counts and ratios of a field or procedure, in the shape of CONTRACT.md §2.</summary>
    private static object Summary(KpiFigures f) => new
    {
        Received = new KpiDocument.ReceivedPart(f.ReceivedTotal, f.ReceivedOnline, f.ReceivedDirect, f.ReceivedPostal),
        f.CarriedOver,
        Resolved = new KpiDocument.ResolvedPart(f.ResolvedTotal, f.ResolvedEarly, f.ResolvedOnTime, f.ResolvedLate),
        InProcess = new KpiDocument.InProcessPart(f.InProcessTotal, f.InProcessWithinDeadline, f.InProcessOverdue),
        f.Withdrawn,
        f.Refused,
        f.OnlineRatio,
        f.OverdueRate,
        f.OnTimeRate,
        f.Progress766,
    };
}
