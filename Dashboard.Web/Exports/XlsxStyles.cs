using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IOC.Dashboard.Exports;

/// <summary>The cell styles every IOC workbook uses, and the stylesheet that defines them, in one place.</summary>
public static class XlsxStyles
{
    /// <summary>Plain text.</summary>
    public const uint Text = 0;

    /// <summary>A column header: bold, centred, wrapped, framed.</summary>
    public const uint Header = 1;

    /// <summary>A whole number, <c>#,##0</c>.</summary>
    public const uint Count = 2;

    /// <summary>A ratio, <c>0.0%</c>.</summary>
    public const uint Ratio = 3;

    /// <summary>An instant, <c>dd/mm/yyyy hh:mm</c>.</summary>
    public const uint Instant = 4;

    /// <summary>Bold text: a group's title, a subtotal's label.</summary>
    public const uint BoldText = 5;

    /// <summary>A bold whole number: a subtotal or the total.</summary>
    public const uint BoldCount = 6;

    /// <summary>A sheet's title: bold and larger.</summary>
    public const uint Title = 7;

    /// <summary>A change of a ratio, signed: <c>+1.2%</c>.</summary>
    public const uint Change = 8;

    /// <summary>Text centred, for a signature block.</summary>
    public const uint Centred = 9;

    private const uint DateFormat = 164;
    private const uint RatioFormat = 165;
    private const uint ChangeFormat = 166;

    /// <summary>The stylesheet of the styles above, in their order.</summary>
    public static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "dd/mm/yyyy hh:mm" },
            new NumberingFormat { NumberFormatId = RatioFormat, FormatCode = "0.0%" },
            new NumberingFormat { NumberFormatId = ChangeFormat, FormatCode = "+0.0%;-0.0%;0.0%" })
        { Count = 3 },
        new Fonts(Font(bold: false, size: 11), Font(bold: true, size: 11), Font(bold: true, size: 14)) { Count = 3 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(), Framed()) { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(0, 0),
            Format(0, 1, border: 1, alignment: new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true }),
            Format(3, 0),
            Format(RatioFormat, 0),
            Format(DateFormat, 0),
            Format(0, 1),
            Format(3, 1),
            Format(0, 2),
            Format(ChangeFormat, 0),
            Format(0, 0, alignment: new Alignment { Horizontal = HorizontalAlignmentValues.Center }))
        { Count = 10 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Font Font(bool bold, double size) => bold
        ? new Font(new Bold(), new FontSize { Val = size }, new FontName { Val = "Calibri" })
        : new Font(new FontSize { Val = size }, new FontName { Val = "Calibri" });

    private static Border Framed() => new(
        new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
        new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());

    private static CellFormat Format(uint numberFormat, uint font, uint border = 0, Alignment? alignment = null)
    {
        var format = new CellFormat
        {
            NumberFormatId = numberFormat, FontId = font, FillId = 0, BorderId = border, FormatId = 0,
            ApplyNumberFormat = numberFormat != 0, ApplyFont = font != 0, ApplyBorder = border != 0,
        };
        if (alignment is not null)
        {
            format.Append(alignment);
            format.ApplyAlignment = true;
        }
        return format;
    }
}
