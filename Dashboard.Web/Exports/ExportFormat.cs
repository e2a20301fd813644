namespace IOC.Dashboard.Exports;

/// <summary>The two export formats and what a download of each is called and served as.</summary>
public enum ExportFormat
{
    /// <summary>UTF-8 CSV with a byte-order mark.</summary>
    Csv,

    /// <summary>An Excel workbook.</summary>
    Xlsx,
}

/// <summary>The extension and content type of each <see cref="ExportFormat"/>.</summary>
public static class ExportFormats
{
    /// <summary>The file extension, without its dot: <c>csv</c> or <c>xlsx</c>.</summary>
    public static string Extension(this ExportFormat format) => format == ExportFormat.Csv ? "csv" : "xlsx";

    /// <summary>The content type of a download.</summary>
    public static string ContentType(this ExportFormat format) => format == ExportFormat.Csv
        ? "text/csv; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
