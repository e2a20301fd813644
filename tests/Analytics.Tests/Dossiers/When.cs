using System.Globalization;
using IOC.Analytics.Time;

namespace IOC.Analytics.Tests.Dossiers;

/// <summary>Instants for tests: "2026-03-02 08:00" is province time; RFC 3339 text keeps its own offset.</summary>
internal static class When
{
    public static DateTimeOffset At(string text) =>
        text.Contains('T')
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture)
            : new DateTimeOffset(DateTime.Parse(text, CultureInfo.InvariantCulture), ProvinceTime.Offset);

    public static DateOnly Date(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
