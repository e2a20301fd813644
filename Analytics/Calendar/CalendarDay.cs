namespace IOC.Analytics.Calendar;

/// <summary>The kinds of special day, as stored in <c>calendar_day.kind</c>.</summary>
public static class CalendarDayKind
{
    /// <summary>A statutory holiday (ngày nghỉ lễ, Tết), Labour Code 2019 art. 112.</summary>
    public const string Holiday = "holiday";

    /// <summary>A compensatory or swapped day off (nghỉ bù, hoán đổi), or a weekend day inside a holiday break.</summary>
    public const string DayOff = "day_off";

    /// <summary>A day worked although it is normally off: a make-up Saturday (làm bù).</summary>
    public const string Working = "working";

    /// <summary>Every kind.</summary>
    public static readonly IReadOnlyCollection<string> All = [Holiday, DayOff, Working];
}

/// <summary>
/// A special day: a holiday, a day off or a make-up working day. Weekend days inside a holiday break are listed too, so
/// the data reads like the notice it comes from.
/// </summary>
/// <param name="Date">The province-local date.</param>
/// <param name="Kind">One of <see cref="CalendarDayKind"/>.</param>
/// <param name="Name">What the day is, in Vietnamese as the official notice says it (e.g. "Tết Nguyên Đán").</param>
public sealed record CalendarDay(DateOnly Date, string Kind, string Name)
{
    /// <summary>True when the office is open on that day.</summary>
    public bool IsWorking => Kind == CalendarDayKind.Working;
}
