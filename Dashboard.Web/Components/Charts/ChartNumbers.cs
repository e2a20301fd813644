namespace IOC.Dashboard.Components.Charts;

/// <summary>How a chart writes its values on axes, labels and tooltips; the browser formats them in that culture.</summary>
/// <param name="Locale">The culture, e.g. "vi-VN" (45,6 %; 1.234).</param>
/// <param name="Percent">Values are fractions shown as percentages (0.456 → 45,6 %).</param>
/// <param name="Decimals">Decimals in labels and tooltips; axes drop trailing zeros.</param>
public sealed record ChartNumbers(string Locale, bool Percent, int Decimals);
