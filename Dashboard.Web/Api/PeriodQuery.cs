using System.Globalization;
using IOC.Analytics.Time;

namespace IOC.Dashboard.Api;

/// <summary>Reads the <c>from</c> / <c>to</c> query dates (yyyy-MM-dd, inclusive, province time).</summary>
public static class PeriodQuery
{
    /// <summary>The period, or a 400 problem naming what is wrong.</summary>
    public static (Period? Period, IResult? Problem) Parse(string? from, string? to)
    {
        if (!TryDate(from, out var first) || !TryDate(to, out var last))
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad period",
                detail: "from and to are required dates in the form yyyy-MM-dd (inclusive, province time)."));
        }
        if (last < first)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad period", detail: "to is before from."));
        }
        return (new Period(first, last), null);
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
