using IOC.Analytics.Catalog;
using IOC.Analytics.Score766;
using IOC.Dashboard.Charts;
using IOC.Dashboard.Figures;

namespace IOC.Dashboard.Drilldown;

/// <summary>
/// What <c>/units/{unitCode}/score766</c> shows: the unit's 766 card for the period, its child units' cards ranked, the
/// total week by week this year, and the way up to the highest unit the person sees.
/// </summary>
public sealed record ScoreView(Score766Card Card, PeriodChoice Choice, IReadOnlyList<Score766Card> Children,
    IReadOnlyList<(int Week, double? Total)> Weeks, IReadOnlyList<Unit> Trail)
{
    /// <summary>The view of the unit, counted now.</summary>
    /// <param name="scopeRoot">The highest unit the person sees; null for the whole province.</param>
    public static ScoreView Of(CatalogSnapshot catalog, UnitScores scores, Unit unit, PeriodChoice choice, string? scopeRoot, DateOnly today)
    {
        var weeks = WeekRates.WeeksOfYear(today)
            .Select(week => (week.Week, scores.Of(catalog, unit, week.Period, FiguresAge.Recent).Total))
            .ToList();
        return new ScoreView(scores.Of(catalog, unit, choice.Period), choice, scores.OfChildren(catalog, unit, choice.Period), weeks,
            DrilldownTrail.Of(catalog, unit, scopeRoot));
    }
}
