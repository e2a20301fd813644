namespace IOC.Analytics.Time;

/// <summary>
/// A reporting period [From, To], dates inclusive in province time: the half-open interval
/// [From 00:00, To+1 00:00) (DOMAIN.md §3).
/// </summary>
/// <remarks>
/// The figures of a period are evaluated at T: its last instant once it has ended, now otherwise. Events before
/// <see cref="EvaluatedAt"/> have happened at T, and an open dossier is overdue at T when <see cref="EvaluatedDate"/>
/// is after its due date. For an ended period that date is <see cref="To"/>, not the midnight after it: a dossier due on
/// the last day is still within its deadline in that period, so a closed period's figures never change after its last
/// midnight. This is the one place where that rule is decided.
/// </remarks>
public sealed record Period(DateOnly From, DateOnly To)
{
    /// <summary>The first instant of the period.</summary>
    public DateTimeOffset Start => ProvinceTime.StartOf(From);

    /// <summary>The first instant after the period.</summary>
    public DateTimeOffset End => ProvinceTime.StartOf(To.AddDays(1));

    /// <summary>True once the period is over at <paramref name="now"/>.</summary>
    public bool HasEnded(DateTimeOffset now) => now >= End;

    /// <summary>
    /// The bound of T = min(end of period, now): what happened strictly before it has happened at T.
    /// </summary>
    public DateTimeOffset EvaluatedAt(DateTimeOffset now) => HasEnded(now) ? End : now;

    /// <summary>date(T): the period's last day once it has ended, today otherwise.</summary>
    public DateOnly EvaluatedDate(DateTimeOffset now) => HasEnded(now) ? To : ProvinceTime.DateOf(now);

    /// <summary>True when the province-local date lies in the period.</summary>
    public bool Contains(DateOnly date) => date >= From && date <= To;
}
