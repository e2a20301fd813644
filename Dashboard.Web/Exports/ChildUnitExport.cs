using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Time;
using IOC.Dashboard.Localization;

namespace IOC.Dashboard.Exports;

/// <summary>
/// A unit's child units as they are exported: the columns of the unit page's grid (<c>/units/{unit}</c>) with their
/// headers in the reader's language, in the order and filter the page shows (<see cref="Drilldown.ChildUnitOrder"/>).
/// </summary>
public static class ChildUnitExport
{
    /// <summary>The table of <paramref name="children"/>, the child units of <paramref name="parent"/> for the period.</summary>
    public static ExportTable Of(IEnumerable<UnitKpi> children, Unit parent, Period period, WallText text)
    {
        ExportColumn[] columns =
        [
            new(text["Đơn vị"], ExportValue.Text, 44),
            new(text["Tiếp nhận"], ExportValue.Count, 12),
            new(text["Tỷ lệ trực tuyến"], ExportValue.Ratio, 18),
            new(text["Tỷ lệ đúng hạn"], ExportValue.Ratio, 18),
            new(text["Đang giải quyết quá hạn"], ExportValue.Count, 24),
        ];
        var rows = children.Select(child => new object?[]
        {
            child.Unit.Name, child.Figures.ReceivedTotal, child.Figures.OnlineRatio, child.Figures.OnTimeRate, child.Figures.InProcessOverdue,
        });
        var name = text.Language == "en" ? "units" : "don-vi";
        return new ExportTable(text["Đơn vị trực thuộc"], $"{name}-{parent.Code}-{period.From:yyyyMMdd}-{period.To:yyyyMMdd}", columns, rows);
    }
}
