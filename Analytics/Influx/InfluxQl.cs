using System.Globalization;
using System.Text;

namespace IOC.Analytics.Influx;

/// <summary>Safe pieces of InfluxQL text: quoted identifiers, string literals and duration literals.</summary>
public static class InfluxQl
{
    private static readonly (TimeSpan Length, string Unit)[] DurationUnits =
    [
        (TimeSpan.FromDays(7), "w"), (TimeSpan.FromDays(1), "d"), (TimeSpan.FromHours(1), "h"),
        (TimeSpan.FromMinutes(1), "m"), (TimeSpan.FromSeconds(1), "s"), (TimeSpan.FromMilliseconds(1), "ms"),
    ];

    /// <summary>A name (database, retention policy, measurement, tag or field) in double quotes.</summary>
    public static string Identifier(string name) => Quote(name, '"');

    /// <summary>A string literal in single quotes, e.g. a tag value in a <c>WHERE</c> clause.</summary>
    public static string String(string value) => Quote(value, '\'');

    /// <summary>A duration literal such as <c>30d</c> or <c>90m</c> (whole milliseconds).</summary>
    public static string Duration(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.FromMilliseconds(1));
        var (length, unit) = DurationUnits.First(u => duration.Ticks % u.Length.Ticks == 0 || u.Unit == "ms");
        return (duration.Ticks / length.Ticks).ToString(CultureInfo.InvariantCulture) + unit;
    }

    /// <summary>An instant as an RFC 3339 UTC literal (to the millisecond), e.g. for <c>WHERE time &gt;= …</c>.</summary>
    public static string Time(DateTimeOffset instant) =>
        String(instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));

    private static string Quote(string text, char quote)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 2).Append(quote);
        foreach (var character in text)
        {
            if (character == quote || character == '\\')
            {
                builder.Append('\\');
            }
            builder.Append(character);
        }
        return builder.Append(quote).ToString();
    }
}
