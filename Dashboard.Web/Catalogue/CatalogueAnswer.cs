using System.Text.Json;

namespace IOC.Dashboard.Catalogue;

/// <summary>What Ingestion answered to an edit: taken, or refused with its reasons (in Ingestion's words).</summary>
/// <param name="Taken">True when every element was accepted.</param>
/// <param name="Reasons">Why not, when not.</param>
public sealed record CatalogueAnswer(bool Taken, IReadOnlyList<string> Reasons)
{
    /// <summary>Ingestion could not be reached.</summary>
    public static CatalogueAnswer Unreachable(string message) => new(false, [$"Ingestion is not answering ({message})"]);

    /// <summary>Reads an answer: 2xx with no rejected element is taken; otherwise every error Ingestion gave, or its status.</summary>
    public static CatalogueAnswer Of(int status, string body)
    {
        var reasons = ReasonsIn(body, status);
        if (status >= 400 && reasons.Count == 0)
        {
            reasons = [$"Ingestion answered {status}"];
        }
        return new CatalogueAnswer(status is >= 200 and < 300 && reasons.Count == 0, reasons);
    }

    private static IReadOnlyList<string> ReasonsIn(string body, int status)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("rejected", out var rejected))
            {
                return rejected.EnumerateArray().SelectMany(item => item.GetProperty("errors").EnumerateArray()).Select(error => error.GetString() ?? "").ToList();
            }
            return root.ValueKind == JsonValueKind.Object && status >= 400 && root.TryGetProperty("detail", out var detail)
                ? [detail.GetString() ?? ""]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
