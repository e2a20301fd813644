using IOC.Analytics.Time;

namespace IOC.Analytics.Kpi;

/// <summary>
/// A period seen as of T, in UTC ticks: [start, T) is what happened in it as far as it is known at T, and
/// <see cref="EvaluatedDay"/> is date(T) (the period's last day once it has ended; see <see cref="Period"/>).
/// </summary>
public readonly record struct KpiWindow(long Start, long EvaluatedAt, int EvaluatedDay, long CarryCut)
{
    /// <summary>The window of a period evaluated at <paramref name="now"/>.</summary>
    public static KpiWindow Of(Period period, DateTimeOffset now)
    {
        var evaluatedAt = period.EvaluatedAt(now);
        var start = period.Start.UtcTicks;
        return new KpiWindow(start, evaluatedAt.UtcTicks, period.EvaluatedDate(now).DayNumber,
            Math.Min(start, evaluatedAt.UtcTicks));
    }

    /// <summary>True when the instant lies in [start, T).</summary>
    public bool Contains(long utcTicks) => Start <= utcTicks && utcTicks < EvaluatedAt;
}
