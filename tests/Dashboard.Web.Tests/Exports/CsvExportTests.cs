using System.Globalization;
using IOC.Dashboard.Exports;

namespace IOC.Dashboard.Tests.Exports;

/// <summary>How <see cref="CsvExport"/> writes cells that Excel would misread.</summary>
public sealed class CsvExportTests
{
    private static readonly ExportColumn[] Columns =
        [new("Tên", ExportValue.Text, 10), new("Số", ExportValue.Count, 10), new("Tỷ lệ", ExportValue.Ratio, 10), new("Lúc", ExportValue.Instant, 10)];

    [Fact]
    public async Task Vietnamese_SeparatorInsideAText_IsQuotedAndNumbersUseTheDecimalComma()
    {
        var rows = await WriteAsync("vi-VN", ["Sở A; Sở \"B\"", 12345, 0.4567, DateTimeOffset.Parse("2026-11-04T02:00:00Z", CultureInfo.InvariantCulture)]);

        Assert.Equal(["Tên;Số;Tỷ lệ;Lúc", "\"Sở A; Sở \"\"B\"\"\";12345;45,7%;04/11/2026 09:00"], rows);
    }

    [Fact]
    public async Task English_CommaSeparatedWithIsoDates()
    {
        var rows = await WriteAsync("en-GB", ["Sở A, B", 7, 0.5, DateTimeOffset.Parse("2026-11-04T02:00:00Z", CultureInfo.InvariantCulture)]);

        Assert.Equal("\"Sở A, B\",7,50.0%,2026-11-04 09:00", rows[1]);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+84 912", "'+84 912")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    public async Task TextExcelWouldTakeForAFormula_IsPrefixed(string text, string written)
    {
        var rows = await WriteAsync("vi-VN", [text, null, null, null]);

        Assert.Equal(written + ";;;", rows[1]);
    }

    private static async Task<string[]> WriteAsync(string culture, object?[] row)
    {
        using var body = new MemoryStream();
        await CsvExport.WriteAsync(new ExportTable("t", "t", Columns, [row]), CultureInfo.GetCultureInfo(culture), body, CancellationToken.None);
        var bytes = body.ToArray();
        Assert.True(ExportReading.HasByteOrderMark(bytes));
        return System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }
}
