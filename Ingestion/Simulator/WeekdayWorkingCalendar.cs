using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;
using IOC.Analytics.Time;

namespace IOC.Ingestion.Simulator;

/// <summary>
/// Office hours 07:00–11:30 and 13:30–17:00, Monday to Friday, without holidays: what the simulator draws against when
/// no province calendar is registered. Due times follow the rules of DOMAIN.md §3.
/// </summary>
public sealed class WeekdayWorkingCalendar : IWorkingCalendar
{
    private static readonly (TimeSpan Start, TimeSpan End)[] Sessions =
        [(new(7, 0, 0), new(11, 30, 0)), (new(13, 30, 0), new(17, 0, 0))];

    /// <summary>The one instance; it holds no state.</summary>
    public static WeekdayWorkingCalendar Instance { get; } = new();

    /// <inheritdoc />
    public int Version => 0;

    /// <inheritdoc />
    public bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>True when the instant falls inside office hours of a working day.</summary>
    public bool IsOfficeHours(DateTimeOffset instant)
    {
        var local = ProvinceTime.ToProvince(instant);
        return IsWorkingDay(DateOnly.FromDateTime(local.DateTime))
            && Sessions.Any(s => local.TimeOfDay >= s.Start && local.TimeOfDay < s.End);
    }

    /// <inheritdoc />
    public DateTimeOffset DueAt(DateTimeOffset receivedAt, Deadline deadline)
    {
        var start = AddWorkingTime(receivedAt, TimeSpan.Zero);
        return deadline.Unit switch
        {
            DeadlineUnit.Hours => AddWorkingTime(start, TimeSpan.FromHours((double)deadline.Value)),
            DeadlineUnit.Days => NextWorkingDay(start + TimeSpan.FromDays((double)deadline.Value)),
            _ => AddWorkingTime(start, TimeSpan.FromHours((double)deadline.Value * 8)),
        };
    }

    /// <inheritdoc />
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        for (var date = ProvinceTime.DateOf(from); date <= ProvinceTime.DateOf(to); date = date.AddDays(1))
        {
            if (!IsWorkingDay(date))
            {
                continue;
            }
            foreach (var (start, end) in Sessions)
            {
                var overlapStart = Max(ProvinceTime.StartOf(date) + start, from);
                var overlapEnd = Min(ProvinceTime.StartOf(date) + end, to);
                total += overlapEnd > overlapStart ? overlapEnd - overlapStart : TimeSpan.Zero;
            }
        }
        return total;
    }

    /// <inheritdoc />
    public DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan amount)
    {
        var cursor = ProvinceTime.ToProvince(from);
        var left = amount;
        for (var date = ProvinceTime.DateOf(cursor); ; date = date.AddDays(1))
        {
            if (!IsWorkingDay(date))
            {
                continue;
            }
            foreach (var (start, end) in Sessions)
            {
                var sessionStart = Max(ProvinceTime.StartOf(date) + start, cursor);
                var sessionEnd = ProvinceTime.StartOf(date) + end;
                if (sessionStart >= sessionEnd)
                {
                    continue;
                }
                if (sessionEnd - sessionStart >= left)
                {
                    return sessionStart + left;
                }
                left -= sessionEnd - sessionStart;
            }
        }
    }

    // A 'days' deadline keeps its clock time and only moves off a day off (DOMAIN.md §3).
    private DateTimeOffset NextWorkingDay(DateTimeOffset instant)
    {
        var local = ProvinceTime.ToProvince(instant);
        while (!IsWorkingDay(DateOnly.FromDateTime(local.DateTime)))
        {
            local = local.AddDays(1);
        }
        return local;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
