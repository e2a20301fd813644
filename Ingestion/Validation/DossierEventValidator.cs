using System.Text.Json;
using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Validation;

namespace IOC.Ingestion.Validation;

/// <summary>Turns one JSON element into a <see cref="DossierEvent"/>, or every reason it cannot be one (CONTRACT.md §1).</summary>
public static class DossierEventValidator
{
    private static readonly TimeSpan MaxFuture = TimeSpan.FromDays(1);
    private static readonly string[] DigitizedTypes = [DossierEventType.Received, DossierEventType.Resolved];

    /// <summary>The event, or null with <paramref name="errors"/> naming each problem.</summary>
    public static DossierEvent? Validate(JsonElement element, CatalogSnapshot catalog, DateTimeOffset now, out IReadOnlyList<string> errors)
    {
        var fields = new JsonFields(element);
        var eventId = fields.RequiredString("eventId", 128);
        var dossierCode = fields.RequiredString("dossierCode", 64);
        var type = fields.RequiredEnum("type", DossierEventType.LifecycleOrder.ToArray());
        var occurredAt = fields.RequiredInstant("occurredAt");
        var unitCode = fields.RequiredString("unitCode", 64);
        var procedureCode = fields.RequiredString("procedureCode", 64);
        if (occurredAt > now + MaxFuture)
        {
            fields.Fail($"occurredAt {occurredAt:O} is more than a day in the future");
        }
        if (unitCode is not null && catalog.Unit(unitCode) is null)
        {
            fields.Fail($"unknown unit '{unitCode}'");
        }
        if (procedureCode is not null && catalog.Procedure(procedureCode) is null)
        {
            fields.Fail($"unknown procedure '{procedureCode}'");
        }
        var channel = OnlyFor(fields, type, "channel", [DossierEventType.Received], () => fields.OptionalEnum("channel", Channel.All));
        var dueAt = OnlyFor(fields, type, "dueAt", [DossierEventType.Received], () => fields.OptionalInstant("dueAt"));
        var digitized = OnlyFor(fields, type, "digitized", DigitizedTypes, () => fields.OptionalBool("digitized"));
        var amount = OnlyFor(fields, type, "amount", [DossierEventType.Payment], () => fields.RequiredNumber("amount", 0));
        var paidOnline = OnlyFor(fields, type, "paidOnline", [DossierEventType.Payment], () => fields.RequiredBool("paidOnline"));
        var rating = OnlyFor(fields, type, "rating", [DossierEventType.Rating], () => fields.RequiredEnum("rating", Rating.All));
        if (dueAt is not null && occurredAt is not null && dueAt < occurredAt)
        {
            fields.Fail("dueAt is before occurredAt");
        }
        errors = fields.Errors;
        return errors.Count == 0
            ? new DossierEvent(eventId!, dossierCode!, type!, occurredAt!.Value, unitCode!, procedureCode!, channel, dueAt, digitized,
                amount, paidOnline, rating)
            : null;
    }

    /// <summary>The eventId of an element when it has a readable one, for the rejection answer.</summary>
    public static string? EventIdOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("eventId", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    private static T OnlyFor<T>(JsonFields fields, string? type, string name, string[] types, Func<T> read)
    {
        if (type is null)
        {
            return default!;
        }
        if (types.Contains(type))
        {
            return read();
        }
        if (fields.Has(name))
        {
            fields.Fail($"{name} is only allowed on {string.Join(" / ", types)} events, not on {type}");
        }
        return default!;
    }
}
