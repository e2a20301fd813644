using IOC.Analytics.Calendar;
using IOC.Analytics.Kpi;
using IOC.Analytics.Time;

namespace IOC.Dashboard.Charts;

/// <summary>
/// Dossiers received per hour of the province day: today's, and a typical day's, the mean per hour over the last
/// working days of the <see cref="IWorkingCalendar"/> before today.
/// </summary>
public static class HourlyReceipts
{
    /// <summary>Hours in a province day (no daylight saving).</summary>
    public const int Hours = 24;

    /// <summary>How many working days make the typical day: two working weeks.</summary>
    public const int TypicalDays = 10;

    // Tết and the 30/4–1/5 break together stay well under this many days off in a row.
    private const int LookBackDays = 60;

    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    /// <summary>
    /// Today's counts per hour (<see cref="Figures.UnitFigures.ReceivedPerHour"/>) up to the hour of <paramref name="now"/>;
    /// later hours have no value yet (null, never 0).
    /// </summary>
    public static IReadOnlyList<int?> UpTo(IReadOnlyList<int> counts, DateTimeOffset now)
    {
        var currentHour = ProvinceTime.ToProvince(now).Hour;
        return counts.Select((count, hour) => hour <= currentHour ? count : (int?)null).ToList();
    }

    /// <summary>The mean received per hour over <paramref name="days"/> (e.g. <see cref="WorkingDaysBefore"/>); zeros for no day.</summary>
    public static IReadOnlyList<double> TypicalDay(FactsIndex index, IReadOnlyCollection<string> units, IReadOnlyList<DateOnly> days)
    {
        var distinct = days.Distinct().ToList();
        if (distinct.Count == 0)
        {
            return new double[Hours];
        }
        var first = distinct.Min();
        var span = distinct.Max().DayNumber - first.DayNumber + 1;
        var counts = index.ReceivedPerBucket(units, ProvinceTime.StartOf(first), Hour, span * Hours);
        var sums = new int[Hours];
        foreach (var day in distinct)
        {
            var offset = (day.DayNumber - first.DayNumber) * Hours;
            for (var hour = 0; hour < Hours; hour++)
            {
                sums[hour] += counts[offset + hour];
            }
        }
        return sums.Select(sum => (double)sum / distinct.Count).ToList();
    }

    /// <summary>The last <paramref name="count"/> working days before <paramref name="today"/>, latest first.</summary>
    public static IReadOnlyList<DateOnly> WorkingDaysBefore(DateOnly today, IWorkingCalendar calendar, int count = TypicalDays) =>
        Enumerable.Range(1, LookBackDays).Select(back => today.AddDays(-back)).Where(calendar.IsWorkingDay).Take(count).ToList();
}
