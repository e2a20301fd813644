using IOC.Analytics.Catalog;

namespace IOC.Analytics.Kpi.Flow;

/// <summary>
/// The flows of one province day within a unit's subtree, for one field (lĩnh vực) and channel: one <c>kpi_flow</c> point.
/// <see cref="Field"/> is null for procedures the catalogue does not know.
/// </summary>
public sealed record KpiFlow(DateOnly Day, Unit Unit, string? Field, string Channel, KpiFigures Figures)
{
    /// <summary>
    /// Rolls each dossier-level flow up to its own unit and every ancestor (so the province root sums the whole province),
    /// grouped by field and channel; units the catalogue does not know are left out, as the KPI API leaves them out.
    /// </summary>
    public static IReadOnlyList<KpiFlow> Roll(IEnumerable<DayFlow> flows, CatalogSnapshot catalog)
    {
        var sums = new Dictionary<(DateOnly Day, string Unit, string? Field, string Channel), KpiFigures>();
        foreach (var flow in flows)
        {
            if (catalog.Unit(flow.UnitCode) is null)
            {
                continue;
            }
            var field = catalog.Procedure(flow.ProcedureCode)?.Field;
            foreach (var unit in catalog.Ancestors(flow.UnitCode).Prepend(flow.UnitCode))
            {
                var key = (flow.Day, unit, field, flow.Channel);
                sums[key] = sums.TryGetValue(key, out var sum) ? sum + flow.Figures : flow.Figures;
            }
        }
        return sums.Where(s => KpiFlowPoints.HasFlow(s.Value))
            .Select(s => new KpiFlow(s.Key.Day, catalog.Unit(s.Key.Unit)!, s.Key.Field, s.Key.Channel, s.Value))
            .ToList();
    }
}
