using IOC.Analytics.Catalog;
using IOC.Dashboard.Figures;

namespace IOC.Dashboard.Api;

/// <summary>GET /api/v1/score766 (CONTRACT.md §6): a unit subtree's 766 index for a period, with its groups and indicators.</summary>
public static class Score766Endpoints
{
    /// <summary>Maps the endpoint under the given group (the read policy checks <c>unit</c>).</summary>
    public static RouteGroupBuilder MapScore766Endpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/score766", async (string? unit, string? from, string? to, UnitScores scores, CatalogCache catalog,
                CancellationToken cancellationToken) =>
            {
                var (target, snapshot, problem) = await UnitQuery.ResolveAsync(unit, catalog, cancellationToken);
                var (period, badPeriod) = PeriodQuery.Parse(from, to);
                return problem ?? badPeriod ?? Results.Json(Score766Document.Of(scores.Of(snapshot, target!, period!)));
            })
            .WithName("GetScore766");
        return api;
    }
}
