using System.Globalization;
using IOC.Analytics.Time;

namespace IOC.Dashboard.Drilldown;

/// <summary>
/// The period a drill-down page shows, read from its URL (<c>period=today|week|month|quarter|year</c>, or <c>from</c> and
/// <c>to</c> as yyyy-MM-dd), and the period it is compared with: the previous one of the same kind (a custom range: the
/// same number of days just before it), cut at the same relative instant — this month to date against the previous month
/// up to the same day and hour.
/// </summary>
public sealed record PeriodChoice(PeriodKind Kind, Period Period)
{
    /// <summary>The URL names of the calendar kinds.</summary>
    public static readonly IReadOnlyDictionary<string, PeriodKind> Names = new Dictionary<string, PeriodKind>(StringComparer.Ordinal)
    {
        ["today"] = PeriodKind.Today,
        ["week"] = PeriodKind.Week,
        ["month"] = PeriodKind.Month,
        ["quarter"] = PeriodKind.Quarter,
        ["year"] = PeriodKind.Year,
    };

    /// <summary>
    /// The period of the URL on <paramref name="today"/> (a province date): a valid <c>from</c>–<c>to</c> range first, then
    /// a named kind, else this month.
    /// </summary>
    public static PeriodChoice Parse(string? period, string? from, string? to, DateOnly today)
    {
        if (TryDate(from, out var first) && TryDate(to, out var last) && first <= last)
        {
            return new PeriodChoice(PeriodKind.Custom, new Period(first, last));
        }
        var kind = Names.GetValueOrDefault(period ?? "", PeriodKind.Month);
        return new PeriodChoice(kind, Of(kind, today));
    }

    /// <summary>The calendar period of that kind holding <paramref name="day"/>.</summary>
    public static Period Of(PeriodKind kind, DateOnly day)
    {
        switch (kind)
        {
            case PeriodKind.Today:
                return new Period(day, day);
            case PeriodKind.Week:
                var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
                return new Period(monday, monday.AddDays(6));
            case PeriodKind.Quarter:
                var first = new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1);
                return new Period(first, first.AddMonths(3).AddDays(-1));
            case PeriodKind.Year:
                return new Period(new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31));
            default:
                var month = new DateOnly(day.Year, day.Month, 1);
                return new Period(month, month.AddMonths(1).AddDays(-1));
        }
    }

    /// <summary>The period compared with: the previous one of the same kind.</summary>
    public Period Previous => Kind switch
    {
        PeriodKind.Custom or PeriodKind.Today or PeriodKind.Week =>
            new Period(Period.From.AddDays(-Days), Period.From.AddDays(-1)),
        _ => Of(Kind, Period.From.AddDays(-1)),
    };

    /// <summary>
    /// The instant the previous period is read at: as far into it as <paramref name="now"/> is into this one (its end when
    /// this one has ended or the previous one is shorter).
    /// </summary>
    public DateTimeOffset PreviousCutAt(DateTimeOffset now)
    {
        var previous = Previous;
        var cut = previous.Start + (Period.EvaluatedAt(now) - Period.Start);
        return cut < previous.End ? cut : previous.End;
    }

    /// <summary>The URL query naming this period.</summary>
    public string Query => Kind == PeriodKind.Custom
        ? $"from={Period.From:yyyy-MM-dd}&to={Period.To:yyyy-MM-dd}"
        : "period=" + Names.First(pair => pair.Value == Kind).Key;

    private int Days => Period.To.DayNumber - Period.From.DayNumber + 1;

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
