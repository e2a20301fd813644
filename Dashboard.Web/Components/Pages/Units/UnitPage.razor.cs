using IOC.Analytics.Catalog;
using IOC.Analytics.Time;
using IOC.Dashboard.Access;
using IOC.Dashboard.Drilldown;
using IOC.Dashboard.Figures;
using IOC.Dashboard.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace IOC.Dashboard.Components.Pages.Units;

/// <summary>
/// <c>/units/{unitCode}</c>: a unit's figures for a period beside the previous period's, its child units (sortable,
/// filterable), its fields and procedures, its 766 index, and the way into its dossier lists. Rendered per request; the page policy has
/// already checked the unit lies within what the person sees.
/// </summary>
public sealed partial class UnitPage : DrilldownPage
{
    private static readonly (string Status, string Label)[] Lists =
    [
        ("due-soon", "Sắp đến hạn"), ("in-process", "Đang giải quyết"), ("resolved-late", "Đã giải quyết trễ hạn"),
    ];

    /// <summary>The unit's code.</summary>
    [Parameter]
    public string UnitCode { get; set; } = "";

    /// <summary>The child units' order (<see cref="ChildUnitOrder"/>).</summary>
    [SupplyParameterFromQuery(Name = "sort")]
    public string? Sort { get; set; }

    /// <summary>Part of a child unit's name or code.</summary>
    [SupplyParameterFromQuery(Name = "q")]
    public string? Search { get; set; }

    [Inject]
    private UnitFigures Figures { get; set; } = null!;

    [Inject]
    private UnitScores Scores { get; set; } = null!;

    private UnitView? View { get; set; }

    private IOC.Analytics.Score766.Score766Card? Score { get; set; }

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        var (now, catalog) = await BeginAsync();
        if (catalog.Unit(UnitCode) is not { } unit)
        {
            AnswerWith(StatusCodes.Status404NotFound);
            return;
        }
        var choice = ChosenPeriod;
        View = UnitView.Of(catalog, Figures, unit, choice, ReadScope.Of(HttpContext.User)?.RootUnit, now);
        Score = Scores.Of(catalog, unit, choice.Period);
    }

    private string Count(int value) => WallFormat.Count(value, Text.Culture);

    private string Percent(double? ratio) => WallFormat.Percent(ratio, Text.Culture);

    private string SortUrl(UnitView view, string column) =>
        DrilldownUrl.Unit(view.Unit.Code, view.Choice, Text.Language, ChildUnitOrder.Toggle(Sort, column), Search);
}
