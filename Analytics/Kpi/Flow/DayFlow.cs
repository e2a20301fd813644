namespace IOC.Analytics.Kpi.Flow;

/// <summary>
/// The flows of one province day for the dossiers of one unit (its own, not its subtree's), procedure and channel; only
/// the flow figures of <see cref="Figures"/> (see <see cref="KpiFlowPoints"/>) are meaningful.
/// </summary>
public sealed record DayFlow(DateOnly Day, string UnitCode, string ProcedureCode, string Channel, KpiFigures Figures);
