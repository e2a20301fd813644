using IOC.Dashboard.Charts;
using IOC.Dashboard.Localization;
using Microsoft.AspNetCore.Components;

namespace IOC.Dashboard.Components.Wall;

/// <summary>
/// The child units — or, for a unit without child units, its procedures — with the most dossiers in process past their
/// due date: where to call first. A unit gone silent is marked, and its zero is not shown as one.
/// </summary>
public sealed partial class UnitRanking : ComponentBase
{
    /// <summary>How many units fit the wall.</summary>
    public const int Size = 5;

    [Parameter, EditorRequired]
    public IReadOnlyList<RankedEntry> Rows { get; set; } = [];

    /// <summary>True when the rows are the unit's procedures (it has no child units).</summary>
    [Parameter]
    public bool OfProcedures { get; set; }

    /// <summary>When each unit was last heard from, and whether it has gone silent.</summary>
    [Parameter, EditorRequired]
    public Func<string, UnitSilence> Silence { get; set; } = _ => new UnitSilence(null, DateTimeOffset.MinValue, false);

    /// <summary>Where a row leads a signed-in person (its overdue dossiers); null for no links.</summary>
    [Parameter]
    public Func<RankedEntry, string>? LinkOf { get; set; }

    /// <summary>The wall's clock, to tell today's times from older ones.</summary>
    [Parameter, EditorRequired]
    public DateTimeOffset Now { get; set; }

    [CascadingParameter]
    private WallText Text { get; set; } = WallText.Vietnamese;

    /// <summary>The worst units first: most overdue, then the highest share overdue, then by name.</summary>
    public static IReadOnlyList<RankedEntry> Rank(IEnumerable<RankedEntry> children) => children
        .OrderByDescending(k => k.Figures.InProcessOverdue)
        .ThenByDescending(k => k.Figures.InProcessOverdueRatio ?? 0)
        .ThenBy(k => k.Name, StringComparer.Create(WallFormat.Culture, ignoreCase: false))
        .Take(Size)
        .ToList();

    // Dossiers known to be overdue stay overdue however quiet the unit; a zero from a silent unit is not known to be one.
    private UnitSilence SilenceOf(RankedEntry row) => row.IsUnit ? Silence(row.Code) : new UnitSilence(null, DateTimeOffset.MinValue, false);

    private string Count(RankedEntry row, UnitSilence silence) => silence.IsSilent && row.Figures.InProcessOverdue == 0
        ? WallFormat.NoValue
        : WallFormat.Count(row.Figures.InProcessOverdue, Text.Culture);

    private static string CountClass(RankedEntry row, UnitSilence silence) =>
        row.Figures.InProcessOverdue > 0 ? "overdue" : silence.IsSilent ? "silent" : "";

    private string HeardFrom(UnitSilence silence) =>
        silence.HeardAt is { } at ? Text.Format("tin mới lúc {0}", WallFormat.Time(at, Text.Culture)) : Text["chưa có tin mới"];
}
