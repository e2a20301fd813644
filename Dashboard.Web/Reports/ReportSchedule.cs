using IOC.Analytics.Time;

namespace IOC.Dashboard.Reports;

/// <summary>
/// When reports are due: a week at 07:00 province time on the Monday after it, a cut-off month at 07:00 on the 15th
/// (the day after it closes), a calendar month at 07:00 on the 1st. What was due while the service was down is due
/// still: the last 8 ended weeks and the last 3 months of each kind.
/// </summary>
public static class ReportSchedule
{
    /// <summary>The time of day, province time, a report is due on the day after its period.</summary>
    public static readonly TimeSpan At = TimeSpan.FromHours(7);

    /// <summary>How many weeks back a start-up makes up.</summary>
    public const int Weeks = 8;

    /// <summary>How many months of each kind back a start-up makes up.</summary>
    public const int Months = 3;

    /// <summary>The instant a period's report is due.</summary>
    public static DateTimeOffset DueAt(ReportPeriod period) => ProvinceTime.StartOf(period.Period.To.AddDays(1)) + At;

    /// <summary>The periods due at <paramref name="now"/>, newest first within each kind.</summary>
    public static IReadOnlyList<ReportPeriod> Due(DateTimeOffset now)
    {
        var today = ProvinceTime.DateOf(now);
        return Collect(ReportPeriod.FromWeekOf(today), Weeks, now)
            .Concat(Collect(ReportPeriod.Of(ReportPeriodKind.CutOffMonth, today.Year, today.Month), Months, now))
            .Concat(Collect(ReportPeriod.Of(ReportPeriodKind.Month, today.Year, today.Month), Months, now))
            .ToList();
    }

    // From the period holding today backwards: the first `count` periods whose report is due.
    private static IEnumerable<ReportPeriod> Collect(ReportPeriod start, int count, DateTimeOffset now)
    {
        var period = start;
        while (DueAt(period) > now)
        {
            period = period.Previous();
        }
        for (var i = 0; i < count; i++, period = period.Previous())
        {
            yield return period;
        }
    }
}
