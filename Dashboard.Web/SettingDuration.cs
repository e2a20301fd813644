using System.Globalization;

namespace IOC.Dashboard;

/// <summary>A duration setting of the environment: seconds, or <c>hh:mm:ss</c>.</summary>
public static class SettingDuration
{
    /// <summary>
    /// The positive duration <paramref name="value"/> gives, a bare number being seconds (TimeSpan.Parse would read "300"
    /// as 300 days); null when it is missing or unreadable.
    /// </summary>
    public static TimeSpan? Parse(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 ? TimeSpan.FromSeconds(seconds)
        : TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero ? span
        : null;
}
