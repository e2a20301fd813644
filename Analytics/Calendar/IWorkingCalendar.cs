using IOC.Analytics.Catalog;

namespace IOC.Analytics.Calendar;

/// <summary>
/// Working-time arithmetic of the province (lịch làm việc): office hours, weekends, holidays, compensatory days off and
/// make-up Saturdays (DOMAIN.md §3, §7).
/// </summary>
public interface IWorkingCalendar
{
    /// <summary>The version of the calendar data, stored with every due time computed from it.</summary>
    int Version { get; }

    /// <summary>True when the province-local date is a working day.</summary>
    bool IsWorkingDay(DateOnly date);

    /// <summary>The due time of a dossier received at <paramref name="receivedAt"/> for a procedure with that deadline.</summary>
    DateTimeOffset DueAt(DateTimeOffset receivedAt, Deadline deadline);

    /// <summary>Working time (within office hours on working days) between two instants; zero when <paramref name="to"/> ≤ <paramref name="from"/>.</summary>
    TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to);

    /// <summary>The instant reached by adding <paramref name="amount"/> of working time to <paramref name="from"/>.</summary>
    DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan amount);
}
