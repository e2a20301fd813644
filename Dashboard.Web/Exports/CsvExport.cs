using System.Globalization;
using System.Text;
using IOC.Analytics.Time;

namespace IOC.Dashboard.Exports;

/// <summary>
/// Writes an <see cref="ExportTable"/> as CSV that Excel opens as it is under the reader's regional settings: UTF-8
/// with a byte-order mark; in Vietnamese <c>;</c> between cells, decimal commas and dd/MM/yyyy HH:mm dates; in English
/// <c>,</c>, decimal points and yyyy-MM-dd HH:mm. Counts carry no thousands separator so that every setting reads them
/// as numbers; a text that Excel would take for a formula is prefixed with <c>'</c>.
/// </summary>
public static class CsvExport
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>The cell separator of a culture: <c>;</c> where the decimal separator is a comma, <c>,</c> otherwise.</summary>
    public static char SeparatorOf(CultureInfo culture) => culture.NumberFormat.NumberDecimalSeparator == "," ? ';' : ',';

    /// <summary>Writes the header row and every row to <paramref name="body"/>, flushing as it goes.</summary>
    public static async Task WriteAsync(ExportTable table, CultureInfo culture, Stream body, CancellationToken cancellationToken)
    {
        await body.WriteAsync(ByteOrderMark, cancellationToken);
        await using var writer = new StreamWriter(body, Utf8, bufferSize: 1 << 16, leaveOpen: true);
        var separator = SeparatorOf(culture);
        await writer.WriteAsync(Line(table.Columns.Select(column => Quoted(column.Header, separator)), separator));
        foreach (var row in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteAsync(Line(table.Columns.Select((column, i) => Cell(column.Value, row[i], culture, separator)), separator));
        }
        await writer.FlushAsync(cancellationToken);
    }

    private static string Line(IEnumerable<string> cells, char separator) => string.Join(separator, cells) + "\r\n";

    private static string Cell(ExportValue value, object? cell, CultureInfo culture, char separator) => (value, cell) switch
    {
        (_, null) => "",
        (ExportValue.Count, int count) => count.ToString(CultureInfo.InvariantCulture),
        (ExportValue.Ratio, double ratio) => (ratio * 100).ToString("0.0", culture) + "%",
        (ExportValue.Instant, DateTimeOffset instant) => ProvinceTime.ToProvince(instant)
            .ToString(separator == ';' ? "dd/MM/yyyy HH:mm" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        _ => Quoted(Convert.ToString(cell, culture) ?? "", separator),
    };

    private static string Quoted(string text, char separator)
    {
        var safe = text.Length > 0 && "=+-@\t\r".Contains(text[0]) ? "'" + text : text;
        return safe.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"") + "\"" : safe;
    }
}
