using IOC.Analytics.Kpi;

namespace IOC.Dashboard.Live;

/// <summary>Targets and thresholds of the wall, read from the environment (README.md, "Configuration").</summary>
/// <param name="TargetOnlineRatio">Tỷ lệ hồ sơ trực tuyến to reach (<c>IOC_TARGET_ONLINE_RATIO</c>).</param>
/// <param name="TargetMaxOverdueRate">Tỷ lệ trễ hạn not to exceed (<c>IOC_TARGET_MAX_OVERDUE_RATE</c>).</param>
/// <param name="StaleAfter">Silence after which the wall shows "Dữ liệu cũ" (<c>IOC_WALL_STALE_AFTER</c>).</param>
public sealed record WallOptions(double TargetOnlineRatio, double TargetMaxOverdueRate, TimeSpan StaleAfter)
{
    /// <summary>The defaults: 40 % online, at most 5 % late, stale after 5 minutes, a unit silent after 30 minutes.</summary>
    public static readonly WallOptions Default = new(KpiTargets.Default.OnlineRatio, KpiTargets.Default.MaxOverdueRate, TimeSpan.FromMinutes(5));

    /// <summary>
    /// Silence after which a unit is marked "không có tin" (<c>IOC_WALL_UNIT_SILENT_AFTER</c>): longer than the wall's,
    /// since one commune hears of fewer dossiers than the whole province.
    /// </summary>
    public TimeSpan UnitSilentAfter { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Reads the options; a missing or unreadable value keeps its default.</summary>
    public static WallOptions From(IConfiguration configuration)
    {
        var targets = KpiTargets.From(configuration);
        return new WallOptions(targets.OnlineRatio, targets.MaxOverdueRate,
            SettingDuration.Parse(configuration["IOC_WALL_STALE_AFTER"]) ?? Default.StaleAfter)
        {
            UnitSilentAfter = SettingDuration.Parse(configuration["IOC_WALL_UNIT_SILENT_AFTER"]) ?? Default.UnitSilentAfter,
        };
    }
}
