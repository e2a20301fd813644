using System.Text;

namespace IOC.Ingestion.Import;

/// <summary>
/// Splits CSV text into rows of cells (RFC 4180): cells in double quotes may hold commas, line breaks and doubled
/// quotes; rows end with LF or CRLF.
/// </summary>
public static class CsvRows
{
    /// <summary>Each row with the line it starts on.</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Cells)> Read(TextReader reader)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var (line, startLine, quoted, afterQuote, any) = (1, 1, false, false, false);
        int next;
        while ((next = reader.Read()) >= 0)
        {
            var character = (char)next;
            any = true;
            if (quoted)
            {
                if (character == '"')
                {
                    quoted = false;
                    afterQuote = true;
                }
                else
                {
                    line += character == '\n' ? 1 : 0;
                    cell.Append(character);
                }
                continue;
            }
            switch (character)
            {
                case '"' when afterQuote:
                    cell.Append('"');
                    (quoted, afterQuote) = (true, false);
                    break;
                case '"' when cell.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    afterQuote = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString());
                    yield return (startLine, cells.ToArray());
                    cells.Clear();
                    cell.Clear();
                    (afterQuote, any) = (false, false);
                    startLine = ++line;
                    break;
                default:
                    cell.Append(character);
                    afterQuote = false;
                    break;
            }
        }
        if (any)
        {
            cells.Add(cell.ToString());
            yield return (startLine, cells.ToArray());
        }
    }
}
