using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Time;
using IOC.Dashboard.Charts;
using IOC.Dashboard.Live;

namespace IOC.Dashboard.Components.Wall;

/// <summary>
/// The series behind the wall's charts for one unit: the history (past weeks, the typical day) shared by every wall,
/// the current week and today's hours counted again at each refresh, the children ranked by online ratio.
/// </summary>
internal sealed class WallChartState
{
    public IReadOnlyList<int?> TodayPerHour { get; private set; } = [];

    public IReadOnlyList<double> TypicalDay { get; private set; } = [];

    public IReadOnlyList<WeekRates> Weeks { get; private set; } = [];

    public OnlineRatioRanking Ranking { get; private set; } = OnlineRatioRanking.Empty;

    public void Count(LiveKpiStore store, ChartHistory history, Unit unit, IReadOnlyList<UnitKpi> children, DateTimeOffset now)
    {
        var catalog = store.Catalog;
        var past = history.For(catalog, unit, now);
        var current = WeekRates.WeeksOfYear(ProvinceTime.DateOf(now))[^1];
        Weeks = [.. past.PastWeeks, WeekRates.Count(store.Index, catalog, unit, current.Week, current.Period, now)];
        TypicalDay = past.TypicalDay;
        TodayPerHour = HourlyReceipts.Today(store.Index, catalog.Subtree(unit.Code).ToHashSet(StringComparer.Ordinal), now);
        Ranking = OnlineRatioRanking.Of(children);
    }
}
