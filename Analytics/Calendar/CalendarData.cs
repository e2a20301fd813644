using System.Text.Json;
using System.Text.Json.Serialization;

namespace IOC.Analytics.Calendar;

/// <summary>
/// The yearly calendar files shipped in this assembly (<c>Calendar/Data/{year}.json</c>). They seed PostgreSQL once per
/// year; from then on the tables are the truth and an administrator edits them there (see <see cref="CalendarStore"/>).
/// </summary>
public static class CalendarData
{
    private const string ResourcePrefix = "IOC.Calendar.";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Lazy<IReadOnlyList<CalendarYear>> Years = new(LoadShipped);

    /// <summary>The shipped years in order, each at version 1.</summary>
    public static IReadOnlyList<CalendarYear> ShippedYears => Years.Value;

    /// <summary>A calendar of the shipped years, with the default office hours unless others are given.</summary>
    public static WorkingCalendar ShippedCalendar(OfficeHours? officeHours = null) =>
        new(officeHours ?? OfficeHours.Default, ShippedYears);

    /// <summary>
    /// Reads one yearly file, <c>{ "year", "provisional", "source", "days": [{ "date", "kind", "name" }] }</c>, as
    /// version 1. Throws <see cref="JsonException"/> or <see cref="ArgumentException"/> naming what is wrong.
    /// </summary>
    public static CalendarYear Parse(string json)
    {
        var file = JsonSerializer.Deserialize<YearFile>(json, Options) ?? throw new JsonException("The calendar file holds null");
        var days = file.Days.Select(d => new CalendarDay(d.Date, d.Kind, d.Name)).ToList();
        return new CalendarYear(file.Year, file.Provisional, file.Source, version: 1, days);
    }

    private static IReadOnlyList<CalendarYear> LoadShipped()
    {
        var assembly = typeof(CalendarData).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
            .Select(name => Read(assembly, name))
            .OrderBy(y => y.Year)
            .ToList();
    }

    private static CalendarYear Read(System.Reflection.Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing calendar resource {resource}");
        using var reader = new StreamReader(stream);
        CalendarYear year;
        try
        {
            year = Parse(reader.ReadToEnd());
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            throw new InvalidOperationException($"Shipped calendar {resource} is invalid: {e.Message}", e);
        }
        // The file name is what a maintainer looks for when a year needs fixing, so it must say the year it holds.
        if (resource != $"{ResourcePrefix}{year.Year}.json")
        {
            throw new InvalidOperationException($"Shipped calendar {resource} holds year {year.Year}");
        }
        return year;
    }

    private sealed record YearFile(int Year, bool Provisional, string Source, IReadOnlyList<DayFile> Days);

    private sealed record DayFile(DateOnly Date, string Kind, string Name);
}
