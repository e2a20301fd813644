using Microsoft.AspNetCore.Components;

namespace IOC.Dashboard.Components.Wall;

/// <summary>A titled box of the wall holding one or more charts; the charts fill what the title leaves.</summary>
public sealed partial class ChartPanel : ComponentBase
{
    [Parameter, EditorRequired]
    public string Title { get; set; } = "";

    /// <summary>What the chart counts and how, e.g. what "a typical day" is.</summary>
    [Parameter]
    public string? Subtitle { get; set; }

    [Parameter, EditorRequired]
    public string TestId { get; set; } = "";

    [Parameter, EditorRequired]
    public RenderFragment? ChildContent { get; set; }
}
