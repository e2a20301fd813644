using IOC.Analytics.Kpi;
using IOC.Dashboard.Live;
using Microsoft.AspNetCore.Components;

namespace IOC.Dashboard.Components.Wall;

/// <summary>The headline figures of one period, side by side: today's on top, the year's below.</summary>
public sealed partial class FiguresRow : ComponentBase
{
    [Parameter, EditorRequired]
    public string Title { get; set; } = "";

    [Parameter, EditorRequired]
    public KpiFigures Figures { get; set; } = KpiFigures.Zero;

    [Parameter, EditorRequired]
    public WallOptions Options { get; set; } = WallOptions.Default;

    /// <summary>Prefix of the test ids, e.g. "today" gives "today-received".</summary>
    [Parameter, EditorRequired]
    public string Prefix { get; set; } = "";

    [Parameter]
    public bool Large { get; set; }

    private string Id(string tile) => $"{Prefix}-{tile}";
}
