using IOC.Analytics.Catalog;
using IOC.Analytics.Time;
using IOC.Dashboard.Localization;

namespace IOC.Dashboard.Reports;

/// <summary>
/// Makes a report of an ended period and stores it in the archive (Vietnamese, the official language of the form):
/// a new revision when its figures differ from the stored one, nothing otherwise. A running period is never archived.
/// </summary>
public sealed class ReportArchiver(ReportBuilder builder, ReportArchive archive, ReportPage page, ReportSignatures signatures, TimeProvider time)
{
    /// <summary>The revision stored, or null when the period runs or the figures are those of the latest revision.</summary>
    public async Task<int?> ArchiveAsync(CatalogSnapshot catalog, Unit unit, ReportPeriod period, CancellationToken cancellationToken)
    {
        var report = builder.Build(catalog, unit, period, await signatures.OfAsync(unit.Code, cancellationToken));
        if (report.Provisional)
        {
            return null;
        }
        var text = WallText.Vietnamese;
        return await archive.StoreAsync(period.Code, unit.Code, time.GetUtcNow(), ReportFigures.Of(report), ReportWorkbook.Of(report, text),
            await page.HtmlAsync(report, text), cancellationToken);
    }
}
