namespace IOC.Dashboard.Drilldown;

/// <summary>The periods a drill-down page offers: the calendar's own, or a custom range of days.</summary>
public enum PeriodKind
{
    /// <summary>Hôm nay.</summary>
    Today,

    /// <summary>Tuần này: Monday to Sunday (ISO week).</summary>
    Week,

    /// <summary>Tháng này.</summary>
    Month,

    /// <summary>Quý này.</summary>
    Quarter,

    /// <summary>Năm nay.</summary>
    Year,

    /// <summary>Từ ngày … đến ngày …: any range of whole days.</summary>
    Custom,
}
