using IOC.Analytics.Kpi;

namespace IOC.Dashboard.Drilldown;

/// <summary>
/// The order and filter of a unit page's child units: <c>sort</c> = <c>name</c>, <c>received</c>, <c>online</c>,
/// <c>overdue</c> (in process and overdue: the default, most first) or <c>ontime</c>, <c>-</c> before it for descending;
/// <c>q</c> = part of the name or code.
/// </summary>
public static class ChildUnitOrder
{
    /// <summary>The sort when the URL names none: most overdue first.</summary>
    public const string Default = "-overdue";

    private static readonly Dictionary<string, Func<UnitKpi, IComparable?>> Keys = new(StringComparer.Ordinal)
    {
        ["name"] = kpi => kpi.Unit.Name,
        ["received"] = kpi => kpi.Figures.ReceivedTotal,
        ["online"] = kpi => kpi.Figures.OnlineRatio,
        ["overdue"] = kpi => kpi.Figures.InProcessOverdue,
        ["ontime"] = kpi => kpi.Figures.OnTimeRate,
    };

    /// <summary>The children filtered and ordered; an unknown sort is the default. Units without a ratio go last.</summary>
    public static IReadOnlyList<UnitKpi> Apply(IEnumerable<UnitKpi> children, string? sort, string? search)
    {
        var text = string.IsNullOrWhiteSpace(sort) ? Default : sort;
        var descending = text.StartsWith('-');
        var key = Keys.GetValueOrDefault(descending ? text[1..] : text) ?? Keys["overdue"];
        var kept = string.IsNullOrWhiteSpace(search) ? children : children.Where(kpi =>
            kpi.Unit.Name.Contains(search.Trim(), StringComparison.CurrentCultureIgnoreCase)
            || kpi.Unit.Code.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase));
        var withValue = kept.Where(kpi => key(kpi) is not null);
        var ordered = descending ? withValue.OrderByDescending(key) : withValue.OrderBy(key);
        return ordered.ThenBy(kpi => kpi.Unit.Name, StringComparer.CurrentCulture).Concat(kept.Where(kpi => key(kpi) is null)).ToList();
    }

    /// <summary>The sort a column header links to: that column, reversed when it is the one in use.</summary>
    public static string Toggle(string? current, string column) =>
        (string.IsNullOrWhiteSpace(current) ? Default : current) == "-" + column ? column : "-" + column;
}
