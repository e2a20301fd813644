using System.Text.Json;
using System.Text.Json.Serialization;
using IOC.Analytics.Dossiers;

namespace IOC.Analytics.Storage;

/// <summary>The stored JSON form of a validated event (camelCase, as in CONTRACT.md §1; absent fields omitted).</summary>
public static class EventJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The event as stored.</summary>
    public static string Serialize(DossierEvent e) => JsonSerializer.Serialize(e, Options);

    /// <summary>An event read back from the log.</summary>
    public static DossierEvent Parse(string json) =>
        JsonSerializer.Deserialize<DossierEvent>(json, Options) ?? throw new JsonException("empty event");
}
