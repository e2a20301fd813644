using IOC.Analytics.Kpi;

namespace IOC.Dashboard.Reports;

/// <summary>What a row of the report's table stands for.</summary>
public enum ReportRowKind
{
    /// <summary>One child unit and everything below it.</summary>
    Unit,

    /// <summary>The dossiers handled at the report's unit itself rather than at a unit below it.</summary>
    Own,

    /// <summary>The sum of a group: the departments, or the communes.</summary>
    Subtotal,

    /// <summary>The report's unit as a whole: the sum of every other row.</summary>
    Total,
}

/// <summary>One row of Biểu 06/VPCP/KSTT: a unit, a group's subtotal or the total, with its counts.</summary>
/// <param name="Label">The unit's name, or the group's or the total's title (Vietnamese; the page translates it).</param>
/// <param name="UnitCode">The unit's code; null for a subtotal.</param>
public sealed record ReportRow(ReportRowKind Kind, string Label, string? UnitCode, KpiFigures Figures);

/// <summary>A group of child units in the table (Sở, ban, ngành; UBND cấp xã) and its subtotal.</summary>
public sealed record ReportGroup(string Title, IReadOnlyList<ReportRow> Units, ReportRow Subtotal);
