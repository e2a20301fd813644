namespace IOC.Analytics.Time;

/// <summary>
/// A reporting period [From, To], dates inclusive in province time: the half-open interval
/// [From 00:00, To+1 00:00) (DOMAIN.md §3).
/// </summary>
public sealed record Period(DateOnly From, DateOnly To)
{
    /// <summary>The first instant of the period.</summary>
    public DateTimeOffset Start => ProvinceTime.StartOf(From);

    /// <summary>The first instant after the period.</summary>
    public DateTimeOffset End => ProvinceTime.StartOf(To.AddDays(1));

    /// <summary>The evaluation instant T = min(end of period, now).</summary>
    public DateTimeOffset EvaluatedAt(DateTimeOffset now) => now < End ? now : End;

    /// <summary>True when the province-local date lies in the period.</summary>
    public bool Contains(DateOnly date) => date >= From && date <= To;
}
