namespace IOC.Analytics.Calendar;

/// <summary>How late a dossier is, in working days: the one count behind the dossier lists and the wall's ticker.</summary>
public static class WorkingDaysLate
{
    /// <summary>
    /// The working days d of the province calendar with <paramref name="dueDate"/> &lt; d ≤ <paramref name="upTo"/>
    /// (date(T) for an open dossier, the resolution date for a resolved one); 0 when none.
    /// </summary>
    public static int Between(IWorkingCalendar calendar, DateOnly dueDate, DateOnly upTo)
    {
        var days = 0;
        for (var date = dueDate.AddDays(1); date <= upTo; date = date.AddDays(1))
        {
            days += calendar.IsWorkingDay(date) ? 1 : 0;
        }
        return days;
    }
}
