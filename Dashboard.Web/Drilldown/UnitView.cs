using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Dashboard.Figures;

namespace IOC.Dashboard.Drilldown;

/// <summary>
/// What <c>/units/{unitCode}</c> shows: the unit's figures for the period beside those of the previous period cut at the
/// same relative instant, its child units, its fields with their procedures, and the way up to the highest unit the
/// person sees.
/// </summary>
public sealed record UnitView(
    Unit Unit,
    PeriodChoice Choice,
    DateTimeOffset AsOf,
    KpiFigures Figures,
    KpiFigures Previous,
    DateTimeOffset PreviousCutAt,
    IReadOnlyList<UnitKpi> Children,
    IReadOnlyList<FieldKpi> Fields,
    IReadOnlyList<Unit> Trail)
{
    /// <summary>The view of the unit, counted now.</summary>
    /// <param name="scopeRoot">The highest unit the person sees; null for the whole province.</param>
    public static UnitView Of(CatalogSnapshot catalog, UnitFigures figures, Unit unit, PeriodChoice choice, string? scopeRoot,
        DateTimeOffset now)
    {
        var current = figures.Of(catalog, unit, choice.Period);
        var cut = choice.PreviousCutAt(now);
        var previous = figures.AsOf(catalog, unit, choice.Previous, cut);
        return new UnitView(unit, choice, current.AsOf, current.Figures, previous.Figures, cut,
            figures.OfChildren(catalog, unit, choice.Period), figures.ByField(catalog, unit, choice.Period),
            DrilldownTrail.Of(catalog, unit, scopeRoot));
    }
}
