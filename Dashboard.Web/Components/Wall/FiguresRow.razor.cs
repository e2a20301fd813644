using IOC.Analytics.Kpi;
using IOC.Dashboard.Live;
using IOC.Dashboard.Localization;
using Microsoft.AspNetCore.Components;

namespace IOC.Dashboard.Components.Wall;

/// <summary>The headline figures of one period, side by side: today's on top, the year's below.</summary>
public sealed partial class FiguresRow : ComponentBase
{
    [Parameter, EditorRequired]
    public string Title { get; set; } = "";

    /// <summary>The drill-down page of these figures, for a signed-in person; no link when null.</summary>
    [Parameter]
    public string? Href { get; set; }

    [Parameter, EditorRequired]
    public KpiFigures Figures { get; set; } = KpiFigures.Zero;

    [Parameter, EditorRequired]
    public KpiTargets Targets { get; set; } = KpiTargets.Default;

    /// <summary>Prefix of the test ids, e.g. "today" gives "today-received".</summary>
    [Parameter, EditorRequired]
    public string Prefix { get; set; } = "";

    [Parameter]
    public bool Large { get; set; }

    /// <summary>The figures of the same period before, once counted; each tile then shows its change against them.</summary>
    [Parameter]
    public KpiFigures? Before { get; set; }

    /// <summary>What <see cref="Before"/> is, e.g. "so với cùng ngày tuần trước".</summary>
    [Parameter]
    public string TrendBasis { get; set; } = "";

    [CascadingParameter]
    private WallText Text { get; set; } = WallText.Vietnamese;

    private string Id(string tile) => $"{Prefix}-{tile}";

    private Trend? CountTrend(Func<KpiFigures, int> figure) => Before switch
    {
        null => null,
        var before when Trend.IsEmpty(before) => Trend.NoEarlierData,
        var before => Trend.OfCount(figure(Figures), figure(before)),
    };

    private Trend? RatioTrend(Func<KpiFigures, double?> figure) => Before switch
    {
        null => null,
        var before when Trend.IsEmpty(before) => Trend.NoEarlierData,
        var before => Trend.OfRatio(figure(Figures), figure(before)),
    };
}
