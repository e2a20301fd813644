namespace IOC.Dashboard.Reports;

/// <summary>
/// What a unit's reports print besides their figures: the issuing office above the form's title (the unit's name when
/// empty) and the names under "Người lập biểu" and "Thủ trưởng đơn vị" (a blank line to sign on when empty).
/// </summary>
public sealed record ReportSignature(string IssuingOffice, string Preparer, string Head)
{
    /// <summary>Nothing set: the unit's name, blank signature lines.</summary>
    public static readonly ReportSignature Empty = new("", "", "");
}
