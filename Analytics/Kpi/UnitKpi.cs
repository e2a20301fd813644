using IOC.Analytics.Catalog;
using IOC.Analytics.Time;

namespace IOC.Analytics.Kpi;

/// <summary>The figures of one unit's subtree for one period, as of <see cref="AsOf"/>.</summary>
public sealed record UnitKpi(Unit Unit, Period Period, DateTimeOffset AsOf, KpiFigures Figures, ServiceCounts Services);

/// <summary>Computes <see cref="UnitKpi"/> for a unit, or for each child of a unit, from the facts index.</summary>
public static class KpiQuery
{
    /// <summary>The figures of the unit and everything below it.</summary>
    public static UnitKpi ForUnit(FactsIndex index, CatalogSnapshot catalog, Unit unit, Period period, DateTimeOffset now) =>
        ForUnits(index, catalog, [unit], period, now)[0];

    /// <summary>The figures of each given unit's subtree, counted in one pass over the index.</summary>
    public static IReadOnlyList<UnitKpi> ForUnits(FactsIndex index, CatalogSnapshot catalog, IReadOnlyList<Unit> units, Period period,
        DateTimeOffset now)
    {
        var subtrees = units.Select(u => (IReadOnlyCollection<string>)catalog.Subtree(u.Code).ToHashSet(StringComparer.Ordinal)).ToList();
        var figures = index.Compute(subtrees, period, now, code => catalog.Procedure(code)?.HasFee == true);
        var asOf = Time.ProvinceTime.ToProvince(period.EvaluatedAt(now));
        return units.Select((unit, i) => new UnitKpi(unit, period, asOf, figures[i].Figures,
            ServiceCounts.For(catalog, unit, subtrees[i], figures[i].ProceduresWithOnlineDossiers))).ToList();
    }
}
