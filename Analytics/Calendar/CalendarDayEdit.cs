using System.Globalization;
using System.Text.Json;
using IOC.Analytics.Validation;

namespace IOC.Analytics.Calendar;

/// <summary>
/// An administrator's change to one day of the working calendar: make it a holiday, a day off or a make-up working day
/// (<see cref="Kind"/> one of <see cref="CalendarDayKind"/>), or give it back to the Monday–Friday rule (<see cref="Kind"/> null).
/// </summary>
/// <param name="Date">The province-local date.</param>
/// <param name="Kind">What the day becomes; null for an ordinary day.</param>
/// <param name="Name">What the day is, as the notice says it; empty for an ordinary day.</param>
public sealed record CalendarDayEdit(DateOnly Date, string? Kind, string Name)
{
    /// <summary>
    /// Reads one edit (<c>{ "date": "2026-12-31", "kind": "day_off", "name": "…" }</c>; a name is required with a kind
    /// and ignored without one); <paramref name="errors"/> is empty when it is valid.
    /// </summary>
    public static CalendarDayEdit? Read(JsonElement element, out IReadOnlyList<string> errors)
    {
        var fields = new JsonFields(element);
        var text = fields.RequiredString("date", 10);
        var kind = fields.OptionalEnum("kind", CalendarDayKind.All);
        var name = kind is null ? "" : fields.RequiredString("name", 256)?.Trim() ?? "";
        DateOnly date = default;
        if (text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            fields.Fail("date must be a day as yyyy-MM-dd");
        }
        errors = fields.Errors;
        return errors.Count == 0 ? new CalendarDayEdit(date, kind, name) : null;
    }
}
