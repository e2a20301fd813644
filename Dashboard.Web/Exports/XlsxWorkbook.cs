using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IOC.Analytics.Time;

namespace IOC.Dashboard.Exports;

/// <summary>
/// Writes <see cref="XlsxSheet"/>s as one workbook with the Open XML SDK: numbers as numbers in <see cref="XlsxStyles"/>,
/// frozen panes, merged cells, and each sheet set to print on A4 landscape, one page wide, its header rows repeated.
/// </summary>
public static class XlsxWorkbook
{
    /// <summary>The bytes of the workbook.</summary>
    public static byte[] Write(IReadOnlyList<XlsxSheet> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Stylesheet();
            var entries = new Sheets();
            var titles = new DefinedNames();
            for (var i = 0; i < sheets.Count; i++)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(sheets[i]);
                entries.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)i + 1, Name = sheets[i].Name });
                if (sheets[i].PrintTitles is { } rows)
                {
                    titles.Append(new DefinedName($"'{sheets[i].Name}'!${rows.First}:${rows.Last}") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
                }
            }
            workbook.Workbook = titles.HasChildren ? new Workbook(entries, titles) : new Workbook(entries);
        }
        return stream.ToArray();
    }

    private static Worksheet Worksheet(XlsxSheet sheet)
    {
        var worksheet = new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        if (sheet.FrozenRows > 0 || sheet.FrozenColumns > 0)
        {
            worksheet.Append(new SheetViews(new SheetView(Pane(sheet)) { WorkbookViewId = 0 }));
        }
        if (sheet.Widths.Count > 0)
        {
            worksheet.Append(new Columns(sheet.Widths.Select((width, i) => new Column
            {
                Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true,
            })));
        }
        worksheet.Append(new SheetData(sheet.Rows.Select((cells, i) => new Row(cells.Select(Cell)) { RowIndex = (uint)i + 1 })));
        if (sheet.Merged.Count > 0)
        {
            worksheet.Append(new MergeCells(sheet.Merged.Select(range => new MergeCell { Reference = range })) { Count = (uint)sheet.Merged.Count });
        }
        worksheet.Append(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        return worksheet;
    }

    private static Pane Pane(XlsxSheet sheet) => new()
    {
        VerticalSplit = sheet.FrozenRows > 0 ? sheet.FrozenRows : null,
        HorizontalSplit = sheet.FrozenColumns > 0 ? sheet.FrozenColumns : null,
        TopLeftCell = XlsxSheet.Column(sheet.FrozenColumns + 1) + (sheet.FrozenRows + 1),
        ActivePane = sheet.FrozenColumns > 0 ? PaneValues.BottomRight : PaneValues.BottomLeft,
        State = PaneStateValues.Frozen,
    };

    private static Cell Cell(XlsxCell cell) => cell.Value switch
    {
        null => new Cell { StyleIndex = cell.Style },
        int count => new Cell(new CellValue(count)) { StyleIndex = cell.Style },
        double number => new Cell(new CellValue(number)) { StyleIndex = cell.Style },
        DateTimeOffset instant => new Cell(new CellValue(ProvinceTime.ToProvince(instant).DateTime.ToOADate())) { StyleIndex = cell.Style },
        var text => new Cell(new InlineString(new Text(Convert.ToString(text, System.Globalization.CultureInfo.InvariantCulture) ?? "")
            { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = cell.Style },
    };
}
