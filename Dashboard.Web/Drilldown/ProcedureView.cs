using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Kpi;
using IOC.Analytics.Time;

namespace IOC.Dashboard.Drilldown;

/// <summary>
/// What <c>/units/{unitCode}/procedures/{procedureCode}</c> shows: one procedure's figures in the unit's subtree for the
/// period beside the previous period's (cut at the same relative instant), and the figures of each child unit that has
/// dossiers of it; counted by the same <see cref="KpiCounter"/> as every other figure, one pass over the facts index a
/// period.
/// </summary>
public sealed record ProcedureView(
    Unit Unit,
    Procedure Procedure,
    PeriodChoice Choice,
    DateTimeOffset AsOf,
    KpiFigures Figures,
    KpiFigures Previous,
    IReadOnlyList<(Unit Unit, KpiFigures Figures)> Children,
    IReadOnlyList<Unit> Trail)
{
    /// <summary>The view counted now.</summary>
    public static ProcedureView Of(FactsIndex index, CatalogSnapshot catalog, Unit unit, Procedure procedure, PeriodChoice choice,
        string? scopeRoot, DateTimeOffset now)
    {
        var children = catalog.Children(unit.Code);
        var (total, byChild) = Count(index, catalog, unit, children, procedure, KpiWindow.Of(choice.Period, now));
        var (previous, _) = Count(index, catalog, unit, children, procedure, KpiWindow.Of(choice.Previous, choice.PreviousCutAt(now)));
        var ranked = children.Select((child, c) => (Unit: child, Figures: byChild[c]))
            .Where(kpi => kpi.Figures != KpiFigures.Zero)
            .OrderByDescending(kpi => kpi.Figures.InProcessOverdue).ThenByDescending(kpi => kpi.Figures.ReceivedTotal).ToList();
        return new ProcedureView(unit, procedure, choice, ProvinceTime.ToProvince(choice.Period.EvaluatedAt(now)), total, previous, ranked,
            DrilldownTrail.Of(catalog, unit, scopeRoot));
    }

    // The procedure's figures in the subtree, and those of each child's subtree (the unit's own dossiers count in the total only).
    private static (KpiFigures Total, KpiFigures[] ByChild) Count(FactsIndex index, CatalogSnapshot catalog, Unit unit,
        IReadOnlyList<Unit> children, Procedure procedure, KpiWindow window)
    {
        var childOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < children.Count; c++)
        {
            foreach (var code in catalog.Subtree(children[c].Code))
            {
                childOf[code] = c;
            }
        }
        var counters = children.Select(_ => new KpiCounter()).ToArray();
        var own = new KpiCounter();
        index.Visit(catalog.Subtree(unit.Code), (string _, string unitCode, string procedureCode, in DossierFact fact) =>
        {
            if (procedureCode == procedure.Code)
            {
                (childOf.TryGetValue(unitCode, out var c) ? counters[c] : own).Add(fact, window, procedure.HasFee);
            }
        });
        var byChild = counters.Select(counter => counter.ToFigures()).ToArray();
        return (byChild.Aggregate(own.ToFigures(), (sum, figures) => sum + figures), byChild);
    }
}
