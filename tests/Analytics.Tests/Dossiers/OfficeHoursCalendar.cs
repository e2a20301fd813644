using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;
using IOC.Analytics.Time;

namespace IOC.Analytics.Tests.Dossiers;

/// <summary>
/// A test-only calendar: Monday to Friday, 07:00-11:30 and 13:30-17:00, no holidays. Adding working time ends at the
/// earliest instant that much has accumulated (exactly 17:00, not the next morning).
/// </summary>
internal sealed class OfficeHoursCalendar : IWorkingCalendar
{
    public static readonly OfficeHoursCalendar Instance = new();

    private static readonly (TimeOnly Start, TimeOnly End)[] Sessions =
        [(new TimeOnly(7, 0), new TimeOnly(11, 30)), (new TimeOnly(13, 30), new TimeOnly(17, 0))];

    public int Version => 1;

    public bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public DateTimeOffset DueAt(DateTimeOffset receivedAt, Deadline deadline) => deadline.Unit switch
    {
        DeadlineUnit.WorkingDays => AddWorkingTime(receivedAt, TimeSpan.FromHours((double)deadline.Value * 8)),
        DeadlineUnit.Hours => AddWorkingTime(receivedAt, TimeSpan.FromHours((double)deadline.Value)),
        _ => CalendarDaysLater(ClockStart(receivedAt), (int)deadline.Value),
    };

    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        for (var date = ProvinceTime.DateOf(from); date <= ProvinceTime.DateOf(to); date = date.AddDays(1))
        {
            foreach (var (start, end) in WorkingSessions(date))
            {
                var overlap = Min(end, to) - Max(start, from);
                total += overlap > TimeSpan.Zero ? overlap : TimeSpan.Zero;
            }
        }
        return total;
    }

    public DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan amount)
    {
        var remaining = amount;
        for (var date = ProvinceTime.DateOf(from); ; date = date.AddDays(1))
        {
            foreach (var (start, end) in WorkingSessions(date))
            {
                var begin = Max(start, from);
                if (begin >= end)
                {
                    continue;
                }
                if (remaining <= end - begin)
                {
                    return ProvinceTime.ToProvince(begin + remaining);
                }
                remaining -= end - begin;
            }
        }
    }

    private DateTimeOffset ClockStart(DateTimeOffset receivedAt) =>
        AddWorkingTime(receivedAt, TimeSpan.FromTicks(1)).AddTicks(-1);

    private DateTimeOffset CalendarDaysLater(DateTimeOffset start, int days)
    {
        var local = ProvinceTime.ToProvince(start);
        var date = ProvinceTime.DateOf(local).AddDays(days);
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }
        return ProvinceTime.At(date, TimeOnly.FromTimeSpan(local.TimeOfDay));
    }

    private IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> WorkingSessions(DateOnly date) =>
        IsWorkingDay(date)
            ? Sessions.Select(session => (ProvinceTime.At(date, session.Start), ProvinceTime.At(date, session.End)))
            : [];

    private static DateTimeOffset Min(DateTimeOffset left, DateTimeOffset right) => left < right ? left : right;

    private static DateTimeOffset Max(DateTimeOffset left, DateTimeOffset right) => left > right ? left : right;
}
