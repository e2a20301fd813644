using IOC.Analytics.Kpi;

namespace IOC.Dashboard.Charts;

/// <summary>
/// One row of the wall's side column: a child unit, or — on the wall of a unit without child units — one of its
/// procedures, with its figures.
/// </summary>
/// <param name="Code">The unit's or procedure's code.</param>
/// <param name="Name">Its name as the catalogue gives it.</param>
/// <param name="IsUnit">True for a unit (which can go silent), false for a procedure.</param>
public sealed record RankedEntry(string Code, string Name, KpiFigures Figures, bool IsUnit)
{
    /// <summary>A child unit's row.</summary>
    public static RankedEntry Of(UnitKpi unit) => new(unit.Unit.Code, unit.Unit.Name, unit.Figures, IsUnit: true);

    /// <summary>A procedure's row.</summary>
    public static RankedEntry Of(ProcedureKpi procedure) => new(procedure.Procedure.Code, procedure.Procedure.Name, procedure.Figures, IsUnit: false);
}
