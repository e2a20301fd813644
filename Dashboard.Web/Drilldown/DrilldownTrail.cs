using IOC.Analytics.Catalog;

namespace IOC.Dashboard.Drilldown;

/// <summary>The breadcrumbs of a drill-down page: the way up from its unit to the highest unit the person sees.</summary>
public static class DrilldownTrail
{
    /// <summary>The units from <paramref name="scopeRoot"/> (the whole way up when null) down to <paramref name="unit"/>.</summary>
    public static IReadOnlyList<Unit> Of(CatalogSnapshot catalog, Unit unit, string? scopeRoot)
    {
        var trail = new List<Unit> { unit };
        foreach (var ancestor in unit.Code == scopeRoot ? [] : catalog.Ancestors(unit.Code))
        {
            if (catalog.Unit(ancestor) is not { } above)
            {
                break;
            }
            trail.Add(above);
            if (ancestor == scopeRoot)
            {
                break;
            }
        }
        trail.Reverse();
        return trail;
    }
}
