using System.Globalization;
using System.Text.RegularExpressions;

namespace IOC.Testing;

/// <summary>Reads one sample's value out of a <c>/metrics</c> answer (Prometheus text format).</summary>
public static class PrometheusText
{
    /// <summary>The value of the first sample named <paramref name="name"/> (any labels), or null when there is none.</summary>
    public static double? Value(string text, string name)
    {
        var match = Regex.Match(text, $@"^{Regex.Escape(name)}(?:\{{[^}}]*\}})? (\S+)", RegexOptions.Multiline);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }
}
