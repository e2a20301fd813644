using IOC.Analytics.Kpi;
using IOC.Dashboard.Localization;
using Microsoft.AspNetCore.Components;

namespace IOC.Dashboard.Components.Wall;

/// <summary>
/// The child units with the most dossiers in process past their due date: where to call first. A unit gone silent is
/// marked, and its zero is not shown as one.
/// </summary>
public sealed partial class UnitRanking : ComponentBase
{
    /// <summary>How many units fit the wall.</summary>
    public const int Size = 5;

    [Parameter, EditorRequired]
    public IReadOnlyList<UnitKpi> Rows { get; set; } = [];

    /// <summary>When each unit was last heard from, and whether it has gone silent.</summary>
    [Parameter, EditorRequired]
    public Func<string, UnitSilence> Silence { get; set; } = _ => new UnitSilence(null, DateTimeOffset.MinValue, false);

    /// <summary>The wall's clock, to tell today's times from older ones.</summary>
    [Parameter, EditorRequired]
    public DateTimeOffset Now { get; set; }

    [CascadingParameter]
    private WallText Text { get; set; } = WallText.Vietnamese;

    /// <summary>The worst units first: most overdue, then the highest share overdue, then by name.</summary>
    public static IReadOnlyList<UnitKpi> Rank(IEnumerable<UnitKpi> children) => children
        .OrderByDescending(k => k.Figures.InProcessOverdue)
        .ThenByDescending(k => k.Figures.InProcessOverdueRatio ?? 0)
        .ThenBy(k => k.Unit.Name, StringComparer.Create(WallFormat.Culture, ignoreCase: false))
        .Take(Size)
        .ToList();

    // Dossiers known to be overdue stay overdue however quiet the unit; a zero from a silent unit is not known to be one.
    private string Count(UnitKpi row, UnitSilence silence) => silence.IsSilent && row.Figures.InProcessOverdue == 0
        ? WallFormat.NoValue
        : WallFormat.Count(row.Figures.InProcessOverdue, Text.Culture);

    private static string CountClass(UnitKpi row, UnitSilence silence) =>
        row.Figures.InProcessOverdue > 0 ? "overdue" : silence.IsSilent ? "silent" : "";

    private string HeardFrom(UnitSilence silence) =>
        silence.HeardAt is { } at ? Text.Format("tin mới lúc {0}", WallFormat.Time(at, Text.Culture)) : Text["chưa có tin mới"];
}
