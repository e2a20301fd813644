using System.Text.Json;

namespace IOC.Ingestion.Import;

/// <summary>Reads NDJSON: one JSON event per line; blank lines are skipped.</summary>
public static class NdjsonEventReader
{
    /// <summary>The records of the stream, in order.</summary>
    public static IEnumerable<SourceRecord> Read(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0)
            {
                continue;
            }
            yield return Parse(new SourcePosition(number, $"line {number}"), text);
        }
    }

    private static SourceRecord Parse(SourcePosition origin, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return new SourceRecord(origin, text, null);
        }
        catch (JsonException exception)
        {
            return new SourceRecord(origin, null, $"not valid JSON: {exception.Message}");
        }
    }
}
