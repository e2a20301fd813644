using IOC.Analytics.Catalog;
using IOC.Analytics.Score766;
using IOC.Analytics.Time;

namespace IOC.Dashboard.Figures;

/// <summary>The 766 index of a unit subtree for a period, from the same figures as the KPI API (<see cref="UnitFigures"/>).</summary>
public sealed class UnitScores(UnitFigures figures)
{
    /// <summary>The unit's card, as of now (its period's end once it has ended).</summary>
    public Score766Card Of(CatalogSnapshot catalog, Unit unit, Period period, FiguresAge age = FiguresAge.Exact) =>
        Score766Card.Of(figures.Of(catalog, unit, period, age), Procedures(catalog, unit, period, age), catalog);

    /// <summary>Each child unit's card, best total first (those without a total last).</summary>
    public IReadOnlyList<Score766Card> OfChildren(CatalogSnapshot catalog, Unit unit, Period period, FiguresAge age = FiguresAge.Exact) =>
        figures.OfChildren(catalog, unit, period, age)
            .Select(child => Score766Card.Of(child, Procedures(catalog, child.Unit, period, age), catalog))
            .OrderByDescending(card => card.Total ?? double.MinValue)
            .ThenBy(card => card.Kpi.Unit.Name, StringComparer.CurrentCulture)
            .ToList();

    private IReadOnlyList<Analytics.Kpi.ProcedureKpi> Procedures(CatalogSnapshot catalog, Unit unit, Period period, FiguresAge age) =>
        figures.ByField(catalog, unit, period, age).SelectMany(field => field.Procedures).ToList();
}
