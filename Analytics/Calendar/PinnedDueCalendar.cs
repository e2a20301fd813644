using IOC.Analytics.Catalog;

namespace IOC.Analytics.Calendar;

/// <summary>
/// A calendar that gives back a due time already computed, with the version it was computed by: a calendar edit never
/// recomputes a closed dossier's due time (DOMAIN.md §3), even when a late event makes it fold again.
/// </summary>
public sealed class PinnedDueCalendar(IWorkingCalendar current, DateTimeOffset dueAt, int version) : IWorkingCalendar
{
    /// <inheritdoc />
    public int Version => version;

    /// <inheritdoc />
    public bool IsWorkingDay(DateOnly date) => current.IsWorkingDay(date);

    /// <inheritdoc />
    public DateTimeOffset DueAt(DateTimeOffset receivedAt, Deadline deadline) => dueAt;

    /// <inheritdoc />
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to) => current.WorkingTimeBetween(from, to);

    /// <inheritdoc />
    public DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan amount) => current.AddWorkingTime(from, amount);
}
