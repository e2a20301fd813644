using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Time;
using IOC.Dashboard.Charts;
using IOC.Dashboard.Figures;

namespace IOC.Dashboard.Components.Wall;

/// <summary>
/// The series behind the wall's charts for one unit: the history (past weeks, the typical day) shared by every wall, the
/// current week and today's hours as recent as <see cref="UnitFigures"/> keeps them for every wall, the children ranked by
/// online ratio.
/// </summary>
internal sealed class WallChartState
{
    private IReadOnlyList<RankedEntry>? _rankedChildren;

    public IReadOnlyList<int?> TodayPerHour { get; private set; } = [];

    public IReadOnlyList<double> TypicalDay { get; private set; } = [];

    public IReadOnlyList<WeekRates> Weeks { get; private set; } = [];

    public OnlineRatioRanking Ranking { get; private set; } = OnlineRatioRanking.Empty;

    public void Count(UnitFigures figures, ChartHistory history, CatalogSnapshot catalog, Unit unit, IReadOnlyList<RankedEntry> children,
        DateTimeOffset now)
    {
        var past = history.For(catalog, unit, now);
        var today = ProvinceTime.DateOf(now);
        Weeks = history.WeeksOfYear(figures, catalog, unit, now);
        TypicalDay = past.TypicalDay;
        TodayPerHour = HourlyReceipts.UpTo(figures.ReceivedPerHour(catalog, unit, today, FiguresAge.Recent), now);
        if (!ReferenceEquals(children, _rankedChildren))
        {
            _rankedChildren = children;
            Ranking = OnlineRatioRanking.Of(children);
        }
    }
}
