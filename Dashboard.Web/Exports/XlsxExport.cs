using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IOC.Analytics.Time;

namespace IOC.Dashboard.Exports;

/// <summary>
/// Writes an <see cref="ExportTable"/> as one Excel sheet with the Open XML SDK: a bold header row that stays frozen
/// while scrolling, numbers as numbers (<c>#,##0</c>), ratios as percentages (<c>0.0%</c>), instants as Excel dates in
/// province time (<c>dd/mm/yyyy hh:mm</c>), column widths for Vietnamese headers. Rows are written one by one
/// (<see cref="OpenXmlWriter"/>) into a temporary file that is deleted once it is sent, so memory stays flat whatever
/// the size; the package needs a seekable stream, which a response body is not.
/// </summary>
public static class XlsxExport
{
    private const uint HeaderStyle = XlsxStyles.BoldText;

    private static readonly Dictionary<ExportValue, uint> Styles = new()
    {
        [ExportValue.Text] = XlsxStyles.Text,
        [ExportValue.Count] = XlsxStyles.Count,
        [ExportValue.Ratio] = XlsxStyles.Ratio,
        [ExportValue.Instant] = XlsxStyles.Instant,
    };

    /// <summary>Writes the workbook and copies it to <paramref name="body"/>.</summary>
    public static async Task WriteAsync(ExportTable table, Stream body, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(Path.Combine(Path.GetTempPath(), $"ioc-export-{Guid.NewGuid():N}.xlsx"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        Write(table, file, cancellationToken);
        file.Position = 0;
        await file.CopyToAsync(body, cancellationToken);
    }

    private static void Write(ExportTable table, Stream file, CancellationToken cancellationToken)
    {
        using var document = SpreadsheetDocument.Create(file, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Stylesheet();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheet))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(FrozenHeader());
            writer.WriteElement(new Columns(table.Columns.Select((column, i) => new Column
            {
                Min = (uint)i + 1, Max = (uint)i + 1, Width = column.Width, CustomWidth = true,
            })));
            writer.WriteStartElement(new SheetData());
            writer.WriteElement(new Row(table.Columns.Select(column => Text(column.Header, HeaderStyle))) { RowIndex = 1 });
            var index = 1u;
            foreach (var row in table.Rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.WriteElement(new Row(table.Columns.Select((column, i) => Cell(column.Value, row[i]))) { RowIndex = ++index });
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        workbook.Workbook = new Workbook(new Sheets(new Sheet
        {
            Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = SheetName(table.Title),
        }));
    }

    private static Cell Cell(ExportValue value, object? cell) => (value, cell) switch
    {
        (_, null) => new Cell { StyleIndex = Styles[value] },
        (ExportValue.Count, int count) => Number(count, Styles[value]),
        (ExportValue.Ratio, double ratio) => Number(ratio, Styles[value]),
        (ExportValue.Instant, DateTimeOffset instant) => Number(ProvinceTime.ToProvince(instant).DateTime.ToOADate(), Styles[value]),
        _ => Text(Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture) ?? "", Styles[ExportValue.Text]),
    };

    private static Cell Number(double number, uint style) => new(new CellValue(number)) { StyleIndex = style };

    private static Cell Text(string text, uint style) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style };

    private static SheetViews FrozenHeader() => new(new SheetView(new Pane
    {
        VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
    })
    { WorkbookViewId = 0 });

    // A sheet name has at most 31 characters and none of : \ / ? * [ ].
    private static string SheetName(string title)
    {
        var name = new string(title.Where(c => !@":\/?*[]".Contains(c)).ToArray()).Trim();
        return name.Length > 31 ? name[..31] : name.Length == 0 ? "IOC" : name;
    }
}
