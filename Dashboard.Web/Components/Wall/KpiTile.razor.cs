using IOC.Dashboard.Localization;
using Microsoft.AspNetCore.Components;

namespace IOC.Dashboard.Components.Wall;

/// <summary>One figure of the wall: a title, a big value, an optional band against a target and a breakdown.</summary>
public sealed partial class KpiTile : ComponentBase
{
    private const string PercentSuffix = " %";

    [Parameter, EditorRequired]
    public string Title { get; set; } = "";

    [Parameter, EditorRequired]
    public string Value { get; set; } = "";

    [Parameter, EditorRequired]
    public string TestId { get; set; } = "";

    /// <summary>Which convention the figure follows, e.g. "theo Biểu 06".</summary>
    [Parameter]
    public string? Note { get; set; }

    [Parameter]
    public Band? Band { get; set; }

    /// <summary>The target the band judges against, e.g. "(mục tiêu ≥ 40 %)".</summary>
    [Parameter]
    public string? BandTarget { get; set; }

    /// <summary>The change against the same period before; none until it is counted, or for a ratio without one.</summary>
    [Parameter]
    public Trend? Trend { get; set; }

    /// <summary>What <see cref="Trend"/> compares with, e.g. "so với cùng ngày tuần trước".</summary>
    [Parameter]
    public string TrendBasis { get; set; } = "";

    /// <summary>Today's row is read from across the room; the year's row is smaller.</summary>
    [Parameter]
    public bool Large { get; set; }

    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    // The percent sign is drawn smaller so that "100,0 %" still fits a sixth of the wall at reading size.
    [CascadingParameter]
    private WallText Text { get; set; } = WallText.Vietnamese;

    private string Number => Value.EndsWith(PercentSuffix, StringComparison.Ordinal) ? Value[..^PercentSuffix.Length] : Value;

    private string Unit => Value.EndsWith(PercentSuffix, StringComparison.Ordinal) ? PercentSuffix : "";

    private string BandClass => Band is { } band ? TargetBand.CssClass(band) : "";
}
