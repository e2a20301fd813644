using System.Text.RegularExpressions;

namespace IOC.Testing.Grafana;

/// <summary>
/// Fills a panel's InfluxQL the way Grafana's InfluxDB data source does before sending it: <c>$timeFilter</c>,
/// <c>$__interval</c>, and the <c>unit</c> variable — one value in quotes (<c>'$unit'</c>), and in a regular expression
/// (<c>/^$unit$/</c>, <c>${unit:regex}</c>) each value regex-escaped and several as <c>(a|b)</c>.
/// </summary>
public static partial class GrafanaMacros
{
    /// <summary>The query as Grafana sends it for the given range, interval and values of <c>unit</c>.</summary>
    public static string Fill(string query, string timeFilter, string interval, IReadOnlyList<string> units)
    {
        var regex = units.Count == 1 ? Regex.Escape(units[0]) : "(" + string.Join('|', units.Select(Regex.Escape)) + ")";
        var filled = query.Replace("$timeFilter", timeFilter, StringComparison.Ordinal)
            .Replace("$__interval", interval, StringComparison.Ordinal)
            .Replace("${unit:regex}", regex, StringComparison.Ordinal);
        filled = InRegex().Replace(filled, m => m.Value.Replace("$unit", regex, StringComparison.Ordinal));
        if (filled.Contains("'$unit'", StringComparison.Ordinal))
        {
            if (units.Count != 1)
            {
                throw new ArgumentException($"'$unit' needs one value, not {units.Count}: {query}");
            }
            filled = filled.Replace("'$unit'", $"'{units[0]}'", StringComparison.Ordinal);
        }
        return filled;
    }

    /// <summary>The time filter of a range of seconds before now, as an alert rule's relative time range gives it.</summary>
    public static string RelativeTimeFilter(int fromSeconds, int toSeconds) =>
        $"time >= now() - {fromSeconds}s AND time <= now() - {toSeconds}s";

    /// <summary>The variables a query uses (<c>$name</c> or <c>${name…}</c>), Grafana's own macros left out.</summary>
    public static IReadOnlySet<string> VariablesIn(string text) =>
        Variable().Matches(text).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            .Where(name => !name.StartsWith("__", StringComparison.Ordinal) && name != "timeFilter")
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"/[^/']*\$unit[^/']*/")]
    private static partial Regex InRegex();

    [GeneratedRegex(@"\$\{(\w+)(?::\w+)?\}|\$(\w+)")]
    private static partial Regex Variable();
}
