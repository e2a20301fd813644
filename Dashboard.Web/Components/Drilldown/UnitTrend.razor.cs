using IOC.Analytics.Kpi;
using IOC.Analytics.Catalog;
using IOC.Dashboard.Charts;
using IOC.Dashboard.Figures;
using IOC.Dashboard.Live;
using IOC.Dashboard.Localization;
using Microsoft.AspNetCore.Components;

namespace IOC.Dashboard.Components.Drilldown;

/// <summary>
/// A unit's online ratio and overdue rate per ISO week of this year, as the wall's weekly chart draws them: the past weeks
/// from the history every wall shares (<see cref="ChartHistory"/>), the current week as of now. Rendered interactively
/// inside the server-rendered unit page, which has already judged that the caller may read the unit.
/// </summary>
public sealed partial class UnitTrend : ComponentBase
{
    /// <summary>The unit's code.</summary>
    [Parameter, EditorRequired]
    public string UnitCode { get; set; } = "";

    /// <summary>The page's language: <c>vi</c> or <c>en</c>.</summary>
    [Parameter, EditorRequired]
    public string Language { get; set; } = "vi";

    [Inject]
    private ChartHistory History { get; set; } = null!;

    [Inject]
    private UnitFigures Figures { get; set; } = null!;

    [Inject]
    private CatalogCache Catalog { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    [Inject]
    private KpiTargetBoard Targets { get; set; } = null!;

    private WallText Text => WallText.For(Language);

    private IReadOnlyList<WeekRates> Weeks { get; set; } = [];

    /// <inheritdoc />
    protected override void OnInitialized()
    {
        var catalog = Catalog.Current;
        if (catalog.Unit(UnitCode) is not { } unit)
        {
            return;
        }
        Weeks = History.WeeksOfYear(Figures, catalog, unit, Time.GetUtcNow());
    }
}
