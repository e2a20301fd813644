using IOC.Analytics.Calendar;
using IOC.Analytics.Time;

namespace IOC.Analytics.Dossiers;

/// <summary>
/// A received dossier's due time through its supplement requests (DOMAIN.md §3): the clock stops at a request and,
/// once supplemented, the due time moves later by the working time waited, a source's <c>dueAt</c> included.
/// </summary>
internal sealed class SupplementClock(DateTimeOffset? dueAtReceipt, IWorkingCalendar calendar)
{
    private readonly List<SupplementWait> waits = [];
    private bool waiting;

    /// <summary>The due time in force: moved by every wait that has ended.</summary>
    public DateTimeOffset? Due { get; private set; } = dueAtReceipt;

    public IReadOnlyList<SupplementWait> Waits => waits;

    /// <summary>Stops the clock; false when it is already stopped by an open request.</summary>
    public bool Request(DateTimeOffset at)
    {
        if (waiting)
        {
            return false;
        }
        var overdue = Due is { } due && ProvinceTime.DateOf(at) > ProvinceTime.DateOf(due);
        waits.Add(new SupplementWait(ProvinceTime.ToProvince(at), null, overdue));
        waiting = true;
        return true;
    }

    /// <summary>Restarts the clock; false when no request is open.</summary>
    public bool Supplement(DateTimeOffset at)
    {
        if (!waiting)
        {
            return false;
        }
        var wait = waits[^1];
        Due = Shifted(wait.RequestedAt, at);
        waits[^1] = wait with { SupplementedAt = ProvinceTime.ToProvince(at), ShiftedDueAt = Due };
        waiting = false;
        return true;
    }

    /// <summary>
    /// The due time a closure is judged against. Closed without the supplement, the clock stood still until the
    /// closure, so that wait moves the due time too, while the wait itself stays unanswered.
    /// </summary>
    public DateTimeOffset? DueAtClosure(DateTimeOffset closedAt)
    {
        if (waiting)
        {
            Due = Shifted(waits[^1].RequestedAt, closedAt);
            waiting = false;
        }
        return Due;
    }

    private DateTimeOffset? Shifted(DateTimeOffset requestedAt, DateTimeOffset endedAt)
    {
        var waited = calendar.WorkingTimeBetween(requestedAt, endedAt);
        return Due is { } due && waited > TimeSpan.Zero
            ? ProvinceTime.ToProvince(calendar.AddWorkingTime(due, waited))
            : Due;
    }
}
