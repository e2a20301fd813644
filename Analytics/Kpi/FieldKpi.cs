using IOC.Analytics.Catalog;
using IOC.Analytics.Time;

namespace IOC.Analytics.Kpi;

/// <summary>The figures of one procedure within a unit's subtree.</summary>
public sealed record ProcedureKpi(Procedure Procedure, KpiFigures Figures);

/// <summary>The figures of one field (lĩnh vực) within a unit's subtree, with its procedures.</summary>
public sealed record FieldKpi(string Field, KpiFigures Figures, IReadOnlyList<ProcedureKpi> Procedures)
{
    /// <summary>
    /// The drill-down below a unit: each field with dossiers in the period, the sum of its procedures, busiest first.
    /// </summary>
    public static IReadOnlyList<FieldKpi> For(FactsIndex index, CatalogSnapshot catalog, Unit unit, Period period, DateTimeOffset now)
    {
        var byProcedure = index.ComputeByProcedure(catalog.Subtree(unit.Code), period, now, code => catalog.Procedure(code)?.HasFee == true);
        return byProcedure
            .Select(p => (Procedure: catalog.Procedure(p.Key), Figures: p.Value))
            .Where(p => p.Procedure is not null)
            .GroupBy(p => p.Procedure!.Field, StringComparer.Ordinal)
            .Select(g => new FieldKpi(g.Key, g.Aggregate(KpiFigures.Zero, (sum, p) => sum + p.Figures),
                g.Select(p => new ProcedureKpi(p.Procedure!, p.Figures)).OrderByDescending(p => p.Figures.ReceivedTotal + p.Figures.CarriedOver).ToList()))
            .OrderByDescending(f => f.Figures.ReceivedTotal + f.Figures.CarriedOver)
            .ToList();
    }
}
