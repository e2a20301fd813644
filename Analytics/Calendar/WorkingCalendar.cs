using IOC.Analytics.Catalog;
using IOC.Analytics.Time;

namespace IOC.Analytics.Calendar;

/// <summary>
/// The province's working calendar (lịch làm việc): Monday to Friday within office hours, less holidays and days off,
/// plus make-up working days (DOMAIN.md §3, §7). Dates without data follow the Monday-Friday rule.
/// </summary>
/// <remarks>
/// Working time is measured on one axis, the working time elapsed since 0001-01-01, which stays flat outside office hours.
/// The time between two instants is then a subtraction and adding time one inversion, whatever the distance.
/// </remarks>
public sealed class WorkingCalendar : IWorkingCalendar
{
    private readonly WorkingDayIndex _days;
    private readonly Dictionary<int, CalendarYear> _years;
    private readonly long _dayTicks;

    /// <summary>Builds the calendar from office hours and the years of special days; a year may appear only once.</summary>
    public WorkingCalendar(OfficeHours officeHours, IEnumerable<CalendarYear> years)
    {
        Years = years.OrderBy(y => y.Year).ToList();
        var repeated = Years.GroupBy(y => y.Year).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"Calendar year {repeated.Key} appears more than once", nameof(years));
        }
        _years = Years.ToDictionary(y => y.Year);
        _days = new WorkingDayIndex(Years.SelectMany(y => y.Days));
        _dayTicks = officeHours.WorkingDay.Ticks;
        OfficeHours = officeHours;
        Version = Years.Sum(y => y.Version);
    }

    /// <summary>The office hours every working day follows.</summary>
    public OfficeHours OfficeHours { get; }

    /// <summary>The years with data, in order.</summary>
    public IReadOnlyList<CalendarYear> Years { get; }

    /// <summary>The sum of the years' versions, so that bumping any one year's version changes it.</summary>
    public int Version { get; }

    /// <summary>True when the year holds the statutory days only, or has no data at all and follows the weekday rule.</summary>
    public bool IsProvisional(int year) => !_years.TryGetValue(year, out var data) || data.Provisional;

    /// <inheritdoc />
    public bool IsWorkingDay(DateOnly date) => _days.IsWorking(date.DayNumber);

    /// <inheritdoc />
    /// <remarks>
    /// A working day is a full day of office hours (8 h by default), so a province with other hours keeps "N working days"
    /// meaning N office days. Values may be fractional: 0.5 working day is half a day of office hours.
    /// </remarks>
    public DateTimeOffset DueAt(DateTimeOffset receivedAt, Deadline deadline)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(deadline.Value, nameof(deadline));
        return deadline.Unit switch
        {
            DeadlineUnit.WorkingDays => AddWorkingTime(receivedAt, Scale(TimeSpan.FromTicks(_dayTicks), deadline.Value)),
            DeadlineUnit.Hours => AddWorkingTime(receivedAt, Scale(TimeSpan.FromHours(1), deadline.Value)),
            DeadlineUnit.Days => CalendarDaysLater(receivedAt, Scale(TimeSpan.FromDays(1), deadline.Value)),
            _ => throw new ArgumentException($"Unknown deadline unit '{deadline.Unit}'", nameof(deadline)),
        };
    }

    /// <inheritdoc />
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to) =>
        to <= from ? TimeSpan.Zero : TimeSpan.FromTicks(Position(to) - Position(from));

    /// <inheritdoc />
    /// <remarks>
    /// The clock starts at <paramref name="from"/> or at the next start of office hours, and a result on the boundary
    /// of a period is the start of the next one (07:00 the next working day rather than 17:00), so the result is always
    /// in office hours and a due date never falls earlier for a later receipt.
    /// </remarks>
    public DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan amount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, TimeSpan.Zero);
        var target = Position(from) + amount.Ticks;
        var day = DateOnly.FromDayNumber(_days.WorkingDayAt(target / _dayTicks));
        return ProvinceTime.At(day, OfficeHours.TimeAt(TimeSpan.FromTicks(target % _dayTicks)));
    }

    private long Position(DateTimeOffset instant)
    {
        var local = ProvinceTime.ToProvince(instant).DateTime;
        var day = DateOnly.FromDateTime(local).DayNumber;
        var before = _days.WorkingDaysBefore(day) * _dayTicks;
        return _days.IsWorking(day) ? before + OfficeHours.ElapsedAt(TimeOnly.FromDateTime(local)).Ticks : before;
    }

    // `days` deadlines keep the clock time of receipt, even outside office hours; only the date moves off a day off.
    private DateTimeOffset CalendarDaysLater(DateTimeOffset receivedAt, TimeSpan days)
    {
        var due = ProvinceTime.ToProvince(receivedAt).DateTime + days;
        var nextWorking = _days.WorkingDayAt(_days.WorkingDaysBefore(DateOnly.FromDateTime(due).DayNumber));
        return ProvinceTime.At(DateOnly.FromDayNumber(nextWorking), TimeOnly.FromDateTime(due));
    }

    private static TimeSpan Scale(TimeSpan unit, decimal value) =>
        TimeSpan.FromTicks(decimal.ToInt64(decimal.Round(unit.Ticks * value)));
}
