using System.Text;
using System.Text.Json;

namespace IOC.Ingestion.Api;

/// <summary>Reads a request body that is a JSON array or NDJSON (one JSON value per line) into its elements.</summary>
public static class BatchBody
{
    /// <summary>The media type of newline-delimited JSON.</summary>
    public const string NdjsonMediaType = "application/x-ndjson";

    /// <summary>The elements of the batch, or the problem answer (400, 413) when the body cannot be taken.</summary>
    public static async Task<(IReadOnlyList<JsonElement>? Elements, IResult? Problem)> ReadAsync(HttpRequest request, long maxBytes,
        CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, TooLarge(maxBytes));
            }
            buffer.Write(chunk, 0, read);
        }
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var isNdjson = request.ContentType?.StartsWith(NdjsonMediaType, StringComparison.OrdinalIgnoreCase) == true;
        var (elements, problem) = isNdjson ? ReadNdjson(bytes) : ReadArray(bytes);
        return elements is null
            ? (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unreadable body", detail: problem))
            : (elements, null);
    }

    private static IResult TooLarge(long maxBytes) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large",
            detail: $"The body is larger than {maxBytes} bytes; send smaller batches.");

    private static (IReadOnlyList<JsonElement>?, string?) ReadArray(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return (null, "the body must be a JSON array (or NDJSON with Content-Type: application/x-ndjson)");
            }
            return (document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList(), null);
        }
        catch (JsonException exception)
        {
            return (null, $"the body is not valid JSON: {exception.Message}");
        }
    }

    private static (IReadOnlyList<JsonElement>?, string?) ReadNdjson(ReadOnlyMemory<byte> bytes)
    {
        var elements = new List<JsonElement>();
        var lines = Encoding.UTF8.GetString(bytes.Span).Split('\n');
        for (var number = 0; number < lines.Length; number++)
        {
            var line = lines[number].Trim();
            if (line.Length == 0)
            {
                continue;
            }
            try
            {
                using var document = JsonDocument.Parse(line);
                elements.Add(document.RootElement.Clone());
            }
            catch (JsonException exception)
            {
                return (null, $"line {number + 1} is not valid JSON: {exception.Message}");
            }
        }
        return (elements, null);
    }
}
