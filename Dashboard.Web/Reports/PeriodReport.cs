using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Time;

namespace IOC.Dashboard.Reports;

/// <summary>
/// A report for one unit and period, in the shape of the official form (Biểu 06/VPCP/KSTT): the table of its child
/// units grouped into departments and communes with subtotals and the total, the summary of the four ratios, the
/// units and procedures with most overdue dossiers, the online-ratio ranking and the units that received nothing.
/// Everything in it is counted by <see cref="UnitFigures"/>, like the API and the wall.
/// </summary>
/// <param name="AsOf">T, in province time: the period's end once it has ended, when it was made otherwise.</param>
/// <param name="Provisional">True while the period runs: "tạm tính đến HH:mm", never archived.</param>
/// <param name="Own">The row of the dossiers handled at the unit itself; null when it has none.</param>
/// <param name="TopProcedures">Up to 10 procedures of the subtree with the most dossiers in process and overdue at T.</param>
/// <param name="TopUnits">Up to 10 child units with the most dossiers in process and overdue at T.</param>
/// <param name="OnlineRanking">The child units that received dossiers, by online ratio, highest first.</param>
/// <param name="Silent">The child units that received nothing in the period.</param>
/// <param name="Signature">The issuing office and the names of the signature block.</param>
public sealed record PeriodReport(
    Unit Unit,
    ReportPeriod Period,
    DateTimeOffset AsOf,
    bool Provisional,
    IReadOnlyList<ReportGroup> Groups,
    ReportRow? Own,
    ReportRow Total,
    IReadOnlyList<ReportIndicator> Indicators,
    IReadOnlyList<ProcedureKpi> TopProcedures,
    IReadOnlyList<UnitKpi> TopUnits,
    IReadOnlyList<UnitKpi> OnlineRanking,
    IReadOnlyList<Unit> Silent,
    ReportSignature Signature)
{
    /// <summary>Every row of the table in its order: each group's units then its subtotal, the unit's own row, the total.</summary>
    public IEnumerable<ReportRow> Rows =>
        Groups.SelectMany(group => group.Units.Append(group.Subtotal)).Concat(Own is null ? [] : [Own]).Append(Total);
}
