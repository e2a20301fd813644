using IOC.Analytics.Kpi;
using Microsoft.AspNetCore.Components;

namespace IOC.Dashboard.Components.Wall;

/// <summary>The child units with the most dossiers in process past their due date: where to call first.</summary>
public sealed partial class UnitRanking : ComponentBase
{
    /// <summary>How many units fit the wall.</summary>
    public const int Size = 8;

    [Parameter, EditorRequired]
    public IReadOnlyList<UnitKpi> Rows { get; set; } = [];

    /// <summary>When each unit was last heard from, or null.</summary>
    [Parameter, EditorRequired]
    public Func<string, DateTimeOffset?> ChangedAt { get; set; } = _ => null;

    /// <summary>The worst units first: most overdue, then the highest share overdue, then by name.</summary>
    public static IReadOnlyList<UnitKpi> Rank(IEnumerable<UnitKpi> children) => children
        .OrderByDescending(k => k.Figures.InProcessOverdue)
        .ThenByDescending(k => k.Figures.InProcessOverdueRatio ?? 0)
        .ThenBy(k => k.Unit.Name, StringComparer.Create(WallFormat.Culture, ignoreCase: false))
        .Take(Size)
        .ToList();

    private string HeardFrom(string unitCode) =>
        ChangedAt(unitCode) is { } at ? $"tin mới lúc {WallFormat.Time(at)}" : "chưa có tin mới";
}
