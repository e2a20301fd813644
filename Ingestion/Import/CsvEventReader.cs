using System.Globalization;
using System.Text;
using System.Text.Json;

namespace IOC.Ingestion.Import;

/// <summary>
/// Reads CSV whose header row names the contract's fields (CONTRACT.md §1). An empty cell is an absent field;
/// <c>digitized</c> and <c>paidOnline</c> read as true/false and <c>amount</c> as a number. A cell that does not read
/// as its type is sent as text, so the service names the problem like for any source.
/// </summary>
public static class CsvEventReader
{
    private static readonly HashSet<string> BooleanFields = new(["digitized", "paidOnline"], StringComparer.Ordinal);
    private static readonly HashSet<string> NumberFields = new(["amount"], StringComparer.Ordinal);

    /// <summary>The records of the stream, in order; the header row is not one.</summary>
    public static IEnumerable<SourceRecord> Read(TextReader reader)
    {
        IReadOnlyList<string>? header = null;
        foreach (var (line, cells) in CsvRows.Read(reader))
        {
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            if (header is null)
            {
                header = cells.Select(c => c.Trim()).ToList();
                continue;
            }
            var origin = new SourcePosition(line, $"line {line}");
            yield return cells.Count == header.Count
                ? new SourceRecord(origin, ToJson(header, cells), null)
                : new SourceRecord(origin, null, $"{cells.Count} cells where the header has {header.Count}");
        }
    }

    private static string ToJson(IReadOnlyList<string> header, IReadOnlyList<string> cells)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            for (var i = 0; i < header.Count; i++)
            {
                var (name, cell) = (header[i], cells[i].Trim());
                if (cell.Length == 0)
                {
                    continue;
                }
                if (BooleanFields.Contains(name) && bool.TryParse(cell, out var flag))
                {
                    writer.WriteBoolean(name, flag);
                }
                else if (NumberFields.Contains(name) && decimal.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    writer.WriteNumber(name, number);
                }
                else
                {
                    writer.WriteString(name, cell);
                }
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
