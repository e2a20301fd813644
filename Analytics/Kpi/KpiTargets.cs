using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace IOC.Analytics.Kpi;

/// <summary>
/// The province's targets, the same for every unit: the wall draws them, Notable events judge crossings against them,
/// and Ingestion writes them into <c>kpi_unit</c> so Grafana's panels and alerts draw the same lines.
/// </summary>
/// <param name="OnlineRatio">Tỷ lệ hồ sơ trực tuyến to reach (<c>IOC_TARGET_ONLINE_RATIO</c>).</param>
/// <param name="MaxOverdueRate">Tỷ lệ trễ hạn not to exceed (<c>IOC_TARGET_MAX_OVERDUE_RATE</c>).</param>
public sealed record KpiTargets(double OnlineRatio, double MaxOverdueRate)
{
    /// <summary>40 % online, at most 5 % late.</summary>
    public static readonly KpiTargets Default = new(0.4, 0.05);

    /// <summary>Reads the targets; a missing value, or one that is not a fraction from 0 to 1, keeps its default.</summary>
    public static KpiTargets From(IConfiguration configuration) => new(
        Ratio(configuration["IOC_TARGET_ONLINE_RATIO"]) ?? Default.OnlineRatio,
        Ratio(configuration["IOC_TARGET_MAX_OVERDUE_RATE"]) ?? Default.MaxOverdueRate);

    private static double? Ratio(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var ratio) && ratio is >= 0 and <= 1 ? ratio : null;
}
