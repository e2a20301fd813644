using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace IOC.Dashboard.Exports;

/// <summary>Answers a request with an <see cref="ExportTable"/> as a download in the format asked for.</summary>
public sealed class ExportResult(ExportTable table, ExportFormat format, CultureInfo culture) : IResult
{
    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = format.ContentType();
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"{table.FileName}.{format.Extension()}",
        }.ToString();
        response.Headers.CacheControl = "no-store";
        if (format == ExportFormat.Csv)
        {
            await CsvExport.WriteAsync(table, culture, response.Body, httpContext.RequestAborted);
        }
        else
        {
            await XlsxExport.WriteAsync(table, response.Body, httpContext.RequestAborted);
        }
    }
}
