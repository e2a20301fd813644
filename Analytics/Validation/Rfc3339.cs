using System.Globalization;

namespace IOC.Analytics.Validation;

/// <summary>Parses RFC 3339 timestamps, which must carry an explicit offset (<c>Z</c> or <c>±hh:mm</c>).</summary>
public static class Rfc3339
{
    /// <summary>True when <paramref name="text"/> is an RFC 3339 date-time with an offset.</summary>
    public static bool TryParse(string text, out DateTimeOffset instant)
    {
        instant = default;
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z')
            || (text.Length > 6 && (text[^6] == '+' || text[^6] == '-') && text[^3] == ':');
        return hasOffset && text.Length >= 20 && text[10] is 'T' or 't'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }
}
