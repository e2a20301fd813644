using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IOC.Dashboard.Tests.Exports;

/// <summary>Reads an export back as a person's spreadsheet program would: CSV by its separator, .xlsx cell by cell.</summary>
public static class ExportReading
{
    /// <summary>True when the bytes start with the UTF-8 byte-order mark.</summary>
    public static bool HasByteOrderMark(byte[] bytes) => bytes is [0xEF, 0xBB, 0xBF, ..];

    /// <summary>The CSV's rows split on <paramref name="separator"/>, quotes undone (no cell here holds a line break).</summary>
    public static List<string[]> Csv(byte[] bytes, char separator) =>
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(line => Cells(line, separator)).ToList();

    /// <summary>The first sheet's cells, row by row: a text as string, a number as double, an empty cell as null.</summary>
    public static List<object?[]> Xlsx(byte[] bytes, out XlsxFacts facts)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single().Id!);
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var rows = sheet.Worksheet.Descendants<Row>().ToList();
        var pane = sheet.Worksheet.Descendants<Pane>().SingleOrDefault();
        var errors = new OpenXmlValidator().Validate(document).Select(error => $"{error.Path?.XPath}: {error.Description}").ToArray();
        facts = new XlsxFacts(errors, workbook.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value!,
            pane?.State?.Value == PaneStateValues.Frozen ? pane.TopLeftCell?.Value : null,
            rows.Count > 1 ? rows[1].Elements<Cell>().Select(cell => formats[(int)(cell.StyleIndex?.Value ?? 0)].NumberFormatId?.Value ?? 0).ToArray() : []);
        return rows.Select(row => row.Elements<Cell>().Select(Value).ToArray()).ToList();
    }

    /// <summary>Every sheet of a workbook by name, its cells row by row as <see cref="Xlsx"/> reads them, and what the validator finds wrong.</summary>
    public static Dictionary<string, List<object?[]>> Sheets(byte[] bytes, out string[] errors)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbook = document.WorkbookPart!;
        errors = new OpenXmlValidator().Validate(document).Select(error => $"{error.Path?.XPath}: {error.Description}").ToArray();
        return workbook.Workbook.Sheets!.Elements<Sheet>().ToDictionary(sheet => sheet.Name!.Value!, sheet =>
            ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(Value).ToArray()).ToList());
    }

    private static object? Value(Cell cell) => cell.DataType?.Value == CellValues.InlineString
        ? cell.InlineString!.InnerText
        : cell.CellValue is { } value ? double.Parse(value.Text, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static string[] Cells(string line, char separator)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == separator && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        cells.Add(cell.ToString());
        return cells.ToArray();
    }
}

/// <summary>
/// What an .xlsx says besides its cells: what the Open XML schema validator finds wrong, the sheet's name, the first
/// unfrozen cell, the number formats of row 2.
/// </summary>
public sealed record XlsxFacts(string[] Errors, string SheetName, string? FrozenAt, uint[] SecondRowFormats);
