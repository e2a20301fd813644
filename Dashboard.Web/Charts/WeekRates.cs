using System.Globalization;
using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Time;

namespace IOC.Dashboard.Charts;

/// <summary>The online ratio and the overdue rate (report form) of one ISO week.</summary>
/// <param name="Week">The ISO week number, 1–53.</param>
/// <param name="Period">Monday to Sunday, province dates.</param>
/// <param name="OnlineRatio">Tỷ lệ hồ sơ trực tuyến of the dossiers received in the week; null when none was.</param>
/// <param name="OverdueRate">Tỷ lệ trễ hạn of the dossiers resolved in the week; null when none was.</param>
public sealed record WeekRates(int Week, Period Period, double? OnlineRatio, double? OverdueRate)
{
    /// <summary>The ISO weeks of the ISO year of <paramref name="today"/>, from week 1 to the current one.</summary>
    public static IReadOnlyList<(int Week, Period Period)> WeeksOfYear(DateOnly today)
    {
        var date = today.ToDateTime(TimeOnly.MinValue);
        var year = ISOWeek.GetYear(date);
        return Enumerable.Range(1, ISOWeek.GetWeekOfYear(date))
            .Select(week => (week, WeekPeriod(year, week)))
            .ToList();
    }

    /// <summary>The week's rates for the unit's subtree, evaluated at <paramref name="now"/>.</summary>
    public static WeekRates Count(FactsIndex index, CatalogSnapshot catalog, Unit unit, int week, Period period, DateTimeOffset now) =>
        Of(week, period, KpiQuery.ForUnit(index, catalog, unit, period, now).Figures);

    /// <summary>The week's rates from its figures.</summary>
    public static WeekRates Of(int week, Period period, KpiFigures figures) => new(week, period, figures.OnlineRatio, figures.OverdueRate);

    private static Period WeekPeriod(int year, int week)
    {
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return new Period(monday, monday.AddDays(6));
    }
}
