using System.Globalization;
using IOC.Analytics.Kpi;

namespace IOC.Dashboard.Components.Admin;

/// <summary>What the admin page's form about the province's targets posts: two percentages, as typed.</summary>
public sealed class TargetsForm
{
    /// <summary>The online ratio to reach, in per cent.</summary>
    public string? OnlinePercent { get; set; }

    /// <summary>The overdue rate not to exceed, in per cent.</summary>
    public string? OverduePercent { get; set; }

    /// <summary>The targets typed, or null unless both are percentages from 0 to 100.</summary>
    public KpiTargets? Targets() =>
        Fraction(OnlinePercent) is { } online && Fraction(OverduePercent) is { } overdue ? new KpiTargets(online, overdue) : null;

    private static double? Fraction(string? percent) =>
        double.TryParse(percent?.Trim().TrimEnd('%').Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && value is >= 0 and <= 100
            ? Math.Round(value / 100, 4)
            : null;
}
