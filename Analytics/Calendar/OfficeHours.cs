namespace IOC.Analytics.Calendar;

/// <summary>
/// Office hours of the province (giờ hành chính): a morning and an afternoon period on every working day, 07:00-11:30
/// and 13:30-17:00 by default (DOMAIN.md §3). A province may set its own in the <c>office_hours</c> table.
/// </summary>
public sealed record OfficeHours
{
    /// <summary>Creates office hours; the four times must be in order and both periods non-empty.</summary>
    public OfficeHours(TimeOnly morningStart, TimeOnly morningEnd, TimeOnly afternoonStart, TimeOnly afternoonEnd)
    {
        if (!(morningStart < morningEnd && morningEnd <= afternoonStart && afternoonStart < afternoonEnd))
        {
            throw new ArgumentException(
                $"Office hours must be ordered morning start < morning end <= afternoon start < afternoon end, got " +
                $"{morningStart:HH:mm}-{morningEnd:HH:mm}, {afternoonStart:HH:mm}-{afternoonEnd:HH:mm}");
        }
        MorningStart = morningStart;
        MorningEnd = morningEnd;
        AfternoonStart = afternoonStart;
        AfternoonEnd = afternoonEnd;
    }

    /// <summary>07:00-11:30 and 13:30-17:00: 4.5 h + 3.5 h = 8 h a day.</summary>
    public static OfficeHours Default { get; } = new(new(7, 0), new(11, 30), new(13, 30), new(17, 0));

    /// <summary>Start of the morning period.</summary>
    public TimeOnly MorningStart { get; }

    /// <summary>End of the morning period (start of lunch).</summary>
    public TimeOnly MorningEnd { get; }

    /// <summary>Start of the afternoon period (end of lunch).</summary>
    public TimeOnly AfternoonStart { get; }

    /// <summary>End of the afternoon period.</summary>
    public TimeOnly AfternoonEnd { get; }

    /// <summary>Working time in one full working day; one <c>working_days</c> unit of a deadline.</summary>
    public TimeSpan WorkingDay => MorningEnd - MorningStart + (AfternoonEnd - AfternoonStart);

    /// <summary>Working time of a working day already elapsed at <paramref name="time"/>.</summary>
    internal TimeSpan ElapsedAt(TimeOnly time)
    {
        var morning = MorningEnd - MorningStart;
        if (time < MorningStart)
        {
            return TimeSpan.Zero;
        }
        if (time < MorningEnd)
        {
            return time - MorningStart;
        }
        if (time < AfternoonStart)
        {
            return morning;
        }
        return time < AfternoonEnd ? morning + (time - AfternoonStart) : WorkingDay;
    }

    /// <summary>
    /// The clock time at which <paramref name="elapsed"/> (less than a working day) of working time has passed. A boundary
    /// lands at the start of the next period, never at the end of the previous, so the result is always inside office hours.
    /// </summary>
    internal TimeOnly TimeAt(TimeSpan elapsed)
    {
        var morning = MorningEnd - MorningStart;
        return elapsed < morning ? MorningStart.Add(elapsed) : AfternoonStart.Add(elapsed - morning);
    }
}
