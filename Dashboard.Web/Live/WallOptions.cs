using IOC.Analytics.Kpi;

namespace IOC.Dashboard.Live;

/// <summary>
/// The wall's thresholds of silence, read from the environment (README.md, "Configuration"); its targets are the
/// province's (<see cref="KpiTargetBoard"/>), which an administrator may change while it runs.
/// </summary>
/// <param name="StaleAfter">Silence after which the wall shows "Dữ liệu cũ" (<c>IOC_WALL_STALE_AFTER</c>).</param>
public sealed record WallOptions(TimeSpan StaleAfter)
{
    /// <summary>The defaults: stale after 5 minutes, a unit silent after 30 minutes.</summary>
    public static readonly WallOptions Default = new(TimeSpan.FromMinutes(5));

    /// <summary>
    /// Silence after which a unit is marked "không có tin" (<c>IOC_WALL_UNIT_SILENT_AFTER</c>): longer than the wall's,
    /// since one commune hears of fewer dossiers than the whole province.
    /// </summary>
    public TimeSpan UnitSilentAfter { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Reads the options; a missing or unreadable value keeps its default.</summary>
    public static WallOptions From(IConfiguration configuration) =>
        new(SettingDuration.Parse(configuration["IOC_WALL_STALE_AFTER"]) ?? Default.StaleAfter)
        {
            UnitSilentAfter = SettingDuration.Parse(configuration["IOC_WALL_UNIT_SILENT_AFTER"]) ?? Default.UnitSilentAfter,
        };
}
