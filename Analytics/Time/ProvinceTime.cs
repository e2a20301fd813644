namespace IOC.Analytics.Time;

/// <summary>
/// Province time (UTC+7, no daylight saving): every instant is judged in it and a "date" is the province-local date
/// (DOMAIN.md §3).
/// </summary>
public static class ProvinceTime
{
    /// <summary>The province's offset from UTC.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The same instant expressed at the province offset.</summary>
    public static DateTimeOffset ToProvince(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The province-local date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToProvince(instant).DateTime);

    /// <summary>00:00 province time of a date.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>An instant at the given province-local date and time of day.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), Offset);
}
