namespace IOC.Dashboard.Reports;

/// <summary>
/// One line of the report's summary: a ratio of the period beside the period of the same kind before it and the year
/// to date; null where the ratio has no denominator.
/// </summary>
/// <param name="Name">The indicator's Vietnamese name.</param>
/// <param name="HigherIsBetter">True for the online ratio, the on-time rate and the 766 progress; false for the overdue rate.</param>
public sealed record ReportIndicator(string Name, double? Value, double? Previous, double? YearToDate, bool HigherIsBetter)
{
    /// <summary>The change since the period before, in ratio points; null when either is missing.</summary>
    public double? Change => Value is { } now && Previous is { } before ? now - before : null;
}
