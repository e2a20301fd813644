using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Time;
using IOC.Dashboard.Access;
using IOC.Dashboard.Drilldown;
using IOC.Dashboard.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace IOC.Dashboard.Components.Pages.Units;

/// <summary>
/// <c>/units/{unitCode}/procedures/{procedureCode}</c>: one procedure's figures in a unit's subtree for a period, beside the
/// previous period's, and its child units that have dossiers of it, most overdue first.
/// </summary>
public sealed partial class ProcedurePage
{
    /// <summary>The unit's code.</summary>
    [Parameter]
    public string UnitCode { get; set; } = "";

    /// <summary>The procedure's code (mã TTHC).</summary>
    [Parameter]
    public string ProcedureCode { get; set; } = "";

    /// <summary><c>today</c>, <c>week</c>, <c>month</c> (the default), <c>quarter</c> or <c>year</c>.</summary>
    [SupplyParameterFromQuery(Name = "period")]
    public string? PeriodName { get; set; }

    /// <summary>The first day of a custom range, yyyy-MM-dd.</summary>
    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    /// <summary>The last day of a custom range, yyyy-MM-dd.</summary>
    [SupplyParameterFromQuery(Name = "to")]
    public string? To { get; set; }

    /// <summary>The page's language: Vietnamese unless <c>en</c>.</summary>
    [SupplyParameterFromQuery(Name = "lang")]
    public string? Language { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = null!;

    [Inject]
    private CatalogCache Catalog { get; set; } = null!;

    [Inject]
    private FactsIndex Index { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    private ProcedureView? View { get; set; }

    private DateOnly Today { get; set; }

    private string Problem { get; set; } = "";

    private WallText Text => WallText.For(Language);

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        var now = Time.GetUtcNow();
        Today = ProvinceTime.DateOf(now);
        var catalog = await Catalog.FreshEnoughAsync(missed: false, HttpContext.RequestAborted);
        if (catalog.Unit(UnitCode) is not { } unit || catalog.Procedure(ProcedureCode) is not { } procedure)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            Problem = Text.Format("Không tìm thấy đơn vị {0} hoặc thủ tục {1}", UnitCode, ProcedureCode);
            return;
        }
        View = ProcedureView.Of(Index, catalog, unit, procedure, PeriodChoice.Parse(PeriodName, From, To, Today),
            ReadScope.Of(HttpContext.User)?.RootUnit, now);
    }
}
