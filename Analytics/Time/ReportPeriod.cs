using System.Globalization;
using System.Text.RegularExpressions;

namespace IOC.Analytics.Time;

/// <summary>The kinds of period a report covers: calendar ones, and the official cut-off ones that close on the 14th.</summary>
public enum ReportPeriodKind
{
    /// <summary>An ISO week, Monday to Sunday: <c>2026-W47</c>.</summary>
    Week,

    /// <summary>A calendar month: <c>2026-11</c>.</summary>
    Month,

    /// <summary>A calendar quarter: <c>2026-Q4</c>.</summary>
    Quarter,

    /// <summary>A calendar year: <c>2026</c>.</summary>
    Year,

    /// <summary>A cut-off month, from the 15th of the month before to the 14th: <c>2026-11c</c> = 15/10 – 14/11.</summary>
    CutOffMonth,

    /// <summary>A cut-off quarter, from the 15th of the month before it to the 14th of its last month: <c>2026-Q4c</c> = 15/09 – 14/12.</summary>
    CutOffQuarter,

    /// <summary>A cut-off year, from 15/12 of the year before to 14/12: <c>2026c</c>.</summary>
    CutOffYear,
}

/// <summary>
/// A report's period as its address names it (CONTRACT.md §5; docs/periods.md): the code, its kind and number, and the
/// dates it covers. Periodic reports to the government close their figures on the 14th (Nghị định 09/2019/NĐ-CP, art.
/// 12), hence the cut-off kinds beside the calendar ones.
/// </summary>
/// <param name="Number">The week, month or quarter within <paramref name="Year"/>; 0 for a year.</param>
public sealed partial record ReportPeriod(string Code, ReportPeriodKind Kind, int Year, int Number, Period Period)
{
    /// <summary>The period a code names, or null when the code is not one (or names a week or month that does not exist).</summary>
    public static ReportPeriod? Parse(string? code)
    {
        var match = Pattern().Match(code ?? "");
        if (!match.Success)
        {
            return null;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var cutOff = match.Groups["c"].Success;
        var number = match.Groups["n"].Success ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) : 0;
        var kind = (match.Groups["w"].Success, match.Groups["q"].Success, match.Groups["n"].Success, cutOff) switch
        {
            (true, _, _, false) => ReportPeriodKind.Week,
            (true, _, _, true) => (ReportPeriodKind?)null,
            (_, true, _, false) => ReportPeriodKind.Quarter,
            (_, true, _, true) => ReportPeriodKind.CutOffQuarter,
            (_, _, true, false) => ReportPeriodKind.Month,
            (_, _, true, true) => ReportPeriodKind.CutOffMonth,
            (_, _, _, false) => ReportPeriodKind.Year,
            _ => ReportPeriodKind.CutOffYear,
        };
        return kind is { } known && Valid(known, year, number) ? Of(known, year, number) : null;
    }

    /// <summary>The period of a kind, year and number.</summary>
    public static ReportPeriod Of(ReportPeriodKind kind, int year, int number) => new(CodeOf(kind, year, number), kind, year, number, kind switch
    {
        ReportPeriodKind.Week => Span(DateOnly.FromDateTime(ISOWeek.ToDateTime(year, number, DayOfWeek.Monday)), 7),
        ReportPeriodKind.Month => new Period(new DateOnly(year, number, 1), new DateOnly(year, number, 1).AddMonths(1).AddDays(-1)),
        ReportPeriodKind.Quarter => new Period(new DateOnly(year, 3 * number - 2, 1), new DateOnly(year, 3 * number - 2, 1).AddMonths(3).AddDays(-1)),
        ReportPeriodKind.Year => new Period(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
        ReportPeriodKind.CutOffMonth => new Period(new DateOnly(year, number, 15).AddMonths(-1), new DateOnly(year, number, 14)),
        ReportPeriodKind.CutOffQuarter => new Period(new DateOnly(year, 3 * number - 2, 15).AddMonths(-1), new DateOnly(year, 3 * number, 14)),
        _ => new Period(new DateOnly(year - 1, 12, 15), new DateOnly(year, 12, 14)),
    });

    /// <summary>The period of the same kind just before this one.</summary>
    public ReportPeriod Previous() => Kind switch
    {
        ReportPeriodKind.Week => FromWeekOf(Period.From.AddDays(-7)),
        ReportPeriodKind.Month or ReportPeriodKind.CutOffMonth => Number == 1 ? Of(Kind, Year - 1, 12) : Of(Kind, Year, Number - 1),
        ReportPeriodKind.Quarter or ReportPeriodKind.CutOffQuarter => Number == 1 ? Of(Kind, Year - 1, 4) : Of(Kind, Year, Number - 1),
        _ => Of(Kind, Year - 1, 0),
    };

    /// <summary>
    /// From the start of the year this period ends in to its last day: 01/01 of the year of <see cref="Period"/>'s last
    /// day (for an ISO week spanning 1 January, the year of its Sunday), or, for a cut-off period, 15/12 of the year before.
    /// </summary>
    public Period YearToDate() => Kind is ReportPeriodKind.CutOffMonth or ReportPeriodKind.CutOffQuarter or ReportPeriodKind.CutOffYear
        ? new Period(new DateOnly(Period.To.Year - 1, 12, 15), Period.To)
        : new Period(new DateOnly(Period.To.Year, 1, 1), Period.To);

    /// <summary>The ISO week that holds a date.</summary>
    public static ReportPeriod FromWeekOf(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return Of(ReportPeriodKind.Week, ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day));
    }

    private static bool Valid(ReportPeriodKind kind, int year, int number) => year is >= 2000 and <= 2100 && kind switch
    {
        ReportPeriodKind.Week => number >= 1 && number <= ISOWeek.GetWeeksInYear(year),
        ReportPeriodKind.Month or ReportPeriodKind.CutOffMonth => number is >= 1 and <= 12,
        ReportPeriodKind.Quarter or ReportPeriodKind.CutOffQuarter => number is >= 1 and <= 4,
        _ => true,
    };

    private static string CodeOf(ReportPeriodKind kind, int year, int number) => kind switch
    {
        ReportPeriodKind.Week => string.Create(CultureInfo.InvariantCulture, $"{year}-W{number:00}"),
        ReportPeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{year}-{number:00}"),
        ReportPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{year}-Q{number}"),
        ReportPeriodKind.Year => string.Create(CultureInfo.InvariantCulture, $"{year}"),
        ReportPeriodKind.CutOffMonth => string.Create(CultureInfo.InvariantCulture, $"{year}-{number:00}c"),
        ReportPeriodKind.CutOffQuarter => string.Create(CultureInfo.InvariantCulture, $"{year}-Q{number}c"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{year}c"),
    };

    private static Period Span(DateOnly from, int days) => new(from, from.AddDays(days - 1));

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?:(?<w>W)(?<n>\d{2})|(?<q>Q)(?<n>[1-4])|(?<n>\d{2})))?(?<c>c)?$")]
    private static partial Regex Pattern();
}
