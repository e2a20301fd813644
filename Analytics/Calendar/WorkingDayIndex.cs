namespace IOC.Analytics.Calendar;

/// <summary>
/// Counts working days in closed form so that due times cost the same for a 1-day and a 90-day deadline: the
/// Monday-Friday rule is arithmetic, and only the special days that break it (a weekday off, a weekend day worked) are
/// looked up, by binary search.
/// </summary>
internal sealed class WorkingDayIndex
{
    private const int DaysPerWeek = 7;
    private const int WeekdaysPerWeek = 5;

    // Day numbers of the exceptions to the weekday rule, ascending, and the running correction they make to the count.
    private readonly int[] _exceptions;
    private readonly int[] _correctionBefore;
    private readonly int _lowestCorrection;
    private readonly int _highestCorrection;

    public WorkingDayIndex(IEnumerable<CalendarDay> days)
    {
        _exceptions = days
            .Where(d => d.IsWorking != IsWeekday(d.Date.DayNumber))
            .Select(d => d.Date.DayNumber)
            .Order()
            .ToArray();
        _correctionBefore = new int[_exceptions.Length + 1];
        for (var i = 0; i < _exceptions.Length; i++)
        {
            _correctionBefore[i + 1] = _correctionBefore[i] + (IsWeekday(_exceptions[i]) ? -1 : 1);
        }
        _lowestCorrection = _correctionBefore.Min();
        _highestCorrection = _correctionBefore.Max();
    }

    public bool IsWorking(int dayNumber) => IsWeekday(dayNumber) != (Array.BinarySearch(_exceptions, dayNumber) >= 0);

    /// <summary>Working days in [0001-01-01, day): the index the day has, or the next working day will have.</summary>
    public long WorkingDaysBefore(int dayNumber)
    {
        var weekdays = (long)(dayNumber / DaysPerWeek) * WeekdaysPerWeek + Math.Min(dayNumber % DaysPerWeek, WeekdaysPerWeek);
        var found = Array.BinarySearch(_exceptions, dayNumber);
        return weekdays + _correctionBefore[found >= 0 ? found : ~found];
    }

    /// <summary>The day number of the working day with that index (the inverse of <see cref="WorkingDaysBefore"/>).</summary>
    public int WorkingDayAt(long index)
    {
        // The count is the weekday count plus a correction between the lowest and highest running one, which bounds the
        // answer to a few weeks; the answer is the first day whose next day already has more than `index` before it.
        var low = (int)Math.Min(FirstDayWithWeekdaysBefore(index - _highestCorrection), DateOnly.MaxValue.DayNumber);
        var highest = FirstDayWithWeekdaysBefore(index - _lowestCorrection + 1) - 1;
        if (highest > DateOnly.MaxValue.DayNumber && WorkingDaysBefore(DateOnly.MaxValue.DayNumber + 1) <= index)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "Beyond the last representable date");
        }
        var high = (int)Math.Min(highest, DateOnly.MaxValue.DayNumber);
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (WorkingDaysBefore(middle + 1) > index)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }
        return low;
    }

    // The smallest day number with that many weekdays before it (the inverse of the weekday count).
    private static long FirstDayWithWeekdaysBefore(long weekdays) =>
        weekdays <= 0 ? 0 : (weekdays - 1) / WeekdaysPerWeek * DaysPerWeek + (weekdays - 1) % WeekdaysPerWeek + 1;

    // DayNumber 0 (0001-01-01) is a Monday, so the weekday is the remainder by 7.
    private static bool IsWeekday(int dayNumber) => dayNumber % DaysPerWeek < WeekdaysPerWeek;
}
