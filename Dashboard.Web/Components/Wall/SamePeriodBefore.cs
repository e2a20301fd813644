using IOC.Analytics.Time;

namespace IOC.Dashboard.Components.Wall;

/// <summary>
/// The periods a headline figure is compared with, each up to the same province time of day as now, so that a morning
/// is never set against a whole day.
/// </summary>
public static class SamePeriodBefore
{
    /// <summary>Today's comparison: the same weekday a week ago, up to the same time of day.</summary>
    public static (Period Period, DateTimeOffset At) LastWeek(DateTimeOffset now)
    {
        var at = ProvinceTime.ToProvince(now).AddDays(-7);
        var day = ProvinceTime.DateOf(at);
        return (new Period(day, day), at);
    }

    /// <summary>The year to date's comparison: 01/01 to the same date last year (28/02 for a 29/02), same time of day.</summary>
    public static (Period Period, DateTimeOffset At) LastYear(DateTimeOffset now)
    {
        var at = ProvinceTime.ToProvince(now).AddYears(-1);
        var day = ProvinceTime.DateOf(at);
        return (new Period(new DateOnly(day.Year, 1, 1), day), at);
    }
}
