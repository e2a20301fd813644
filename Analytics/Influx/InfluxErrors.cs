using System.Text.Json;

namespace IOC.Analytics.Influx;

/// <summary>Reads the server's own explanation out of an error answer (<c>{"error":"…"}</c>, else the raw body).</summary>
internal static class InfluxErrors
{
    public static async Task<string> ReadMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(body))
        {
            return response.ReasonPhrase ?? "no message";
        }
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.String)
            {
                return error.GetString()!;
            }
        }
        catch (JsonException)
        {
            // A proxy in front of InfluxDB may answer with HTML or plain text: the body itself is the best message.
        }
        return body.Trim();
    }
}
