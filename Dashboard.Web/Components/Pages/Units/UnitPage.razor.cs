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
/// filterable), its fields and procedures, and the way into its dossier lists. Rendered per request; the page policy has
/// already checked the unit lies within what the person sees.
/// </summary>
public sealed partial class UnitPage
{
    private static readonly (string Status, string Label)[] Lists =
    [
        ("due-soon", "Sắp đến hạn"), ("in-process", "Đang giải quyết"), ("resolved-late", "Đã giải quyết trễ hạn"),
    ];

    /// <summary>The unit's code.</summary>
    [Parameter]
    public string UnitCode { get; set; } = "";

    /// <summary><c>today</c>, <c>week</c>, <c>month</c> (the default), <c>quarter</c> or <c>year</c>.</summary>
    [SupplyParameterFromQuery(Name = "period")]
    public string? PeriodName { get; set; }

    /// <summary>The first day of a custom range, yyyy-MM-dd.</summary>
    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    /// <summary>The last day of a custom range, yyyy-MM-dd.</summary>
    [SupplyParameterFromQuery(Name = "to")]
    public string? To { get; set; }

    /// <summary>The child units' order (<see cref="ChildUnitOrder"/>).</summary>
    [SupplyParameterFromQuery(Name = "sort")]
    public string? Sort { get; set; }

    /// <summary>Part of a child unit's name or code.</summary>
    [SupplyParameterFromQuery(Name = "q")]
    public string? Search { get; set; }

    /// <summary>The page's language: Vietnamese unless <c>en</c>.</summary>
    [SupplyParameterFromQuery(Name = "lang")]
    public string? Language { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = null!;

    [Inject]
    private CatalogCache Catalog { get; set; } = null!;

    [Inject]
    private UnitFigures Figures { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    private UnitView? View { get; set; }

    private DateOnly Today { get; set; }

    private WallText Text => WallText.For(Language);

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        var now = Time.GetUtcNow();
        Today = ProvinceTime.DateOf(now);
        var catalog = await Catalog.FreshEnoughAsync(missed: false, HttpContext.RequestAborted);
        if (catalog.Unit(UnitCode) is not { } unit)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var choice = PeriodChoice.Parse(PeriodName, From, To, Today);
        View = UnitView.Of(catalog, Figures, unit, choice, ReadScope.Of(HttpContext.User)?.RootUnit, now);
    }

    private string Count(int value) => WallFormat.Count(value, Text.Culture);

    private string Percent(double? ratio) => WallFormat.Percent(ratio, Text.Culture);

    private string SortUrl(UnitView view, string column) =>
        DrilldownUrl.Unit(view.Unit.Code, view.Choice, Text.Language, ChildUnitOrder.Toggle(Sort, column), Search);
}
