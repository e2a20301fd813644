using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi.Lists;
using IOC.Analytics.Time;
using IOC.Dashboard.Drilldown;
using IOC.Dashboard.Localization;

namespace IOC.Dashboard.Exports;

/// <summary>
/// A dossier list as it is exported: the columns of the list page (<c>/units/{unit}/dossiers</c>) with their headers in
/// the reader's language, unit and procedure by name, one row per listed dossier in the list's order.
/// </summary>
public static class DossierExport
{
    /// <summary>The most rows an export holds; a longer list is refused rather than cut.</summary>
    public const int MaxRows = 100_000;

    /// <summary>The table of <paramref name="items"/>, the list <paramref name="kind"/> of <paramref name="unit"/> for the period.</summary>
    public static ExportTable Of(IEnumerable<ListedDossier> items, DossierListKind kind, Unit unit, Period period,
        CatalogSnapshot catalog, WallText text)
    {
        ExportColumn[] columns =
        [
            new(text["Mã hồ sơ"], ExportValue.Text, 24),
            new(text["Đơn vị"], ExportValue.Text, 36),
            new(text["Thủ tục"], ExportValue.Text, 60),
            new(text["Kênh"], ExportValue.Text, 12),
            new(text["Ngày nhận"], ExportValue.Instant, 17),
            new(text["Hạn xử lý"], ExportValue.Instant, 17),
            new(text["Ngày giải quyết"], ExportValue.Instant, 17),
            new(text["Trạng thái"], ExportValue.Text, 22),
            new(text["Số ngày trễ"], ExportValue.Count, 12),
        ];
        var rows = items.Select(item => new object?[]
        {
            item.DossierCode,
            catalog.Unit(item.UnitCode)?.Name ?? item.UnitCode,
            catalog.Procedure(item.ProcedureCode)?.Name ?? item.ProcedureCode,
            text[ListWords.Channel(item.Channel)],
            item.ReceivedAt,
            item.DueAt,
            item.ResolvedAt,
            text[ListWords.Status(item.Status)]
                + (item.WaitingSupplement && item.Status != ListedStatus.WaitingSupplement ? text[" · chờ bổ sung"] : ""),
            item.DaysOverdue,
        });
        var name = text.Language == "en" ? "dossiers" : "ho-so";
        return new ExportTable(text[ListWords.Title(kind)],
            $"{name}-{DossierListKinds.NameOf(kind)}-{unit.Code}-{period.From:yyyyMMdd}-{period.To:yyyyMMdd}", columns, rows);
    }
}
