using System.Net.Http.Json;
using System.Text.Json;
using IOC.Testing;

namespace IOC.Ingestion.Tests;

/// <summary>What a source system does: load the catalogue, post events, read the answer.</summary>
public static class SourceClient
{
    public static async Task LoadTestCatalogAsync(this HttpClient client)
    {
        (await client.PutAsJsonAsync("/api/v1/catalog/units", TestCatalog.Units())).EnsureSuccessStatusCode().Dispose();
        (await client.PutAsJsonAsync("/api/v1/catalog/procedures", TestCatalog.Procedures())).EnsureSuccessStatusCode().Dispose();
    }

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> PostEventsAsync(this HttpClient client, params object[] events)
    {
        var response = await client.PostAsJsonAsync("/api/v1/events", events);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static object Received(string eventId, string dossier, string at, string unit = TestCatalog.CommuneA,
        string procedure = TestCatalog.BirthRegistration, string? channel = "online") =>
        new { eventId, dossierCode = dossier, type = "received", occurredAt = at, unitCode = unit, procedureCode = procedure, channel };

    public static IReadOnlyList<string> ErrorsOf(JsonElement body, int rejectedPosition) =>
        body.GetProperty("rejected")[rejectedPosition].GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
}
