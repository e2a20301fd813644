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
public sealed partial class ProcedurePage : DrilldownPage
{
    /// <summary>The unit's code.</summary>
    [Parameter]
    public string UnitCode { get; set; } = "";

    /// <summary>The procedure's code (mã TTHC).</summary>
    [Parameter]
    public string ProcedureCode { get; set; } = "";

    [Inject]
    private FactsIndex Index { get; set; } = null!;

    private ProcedureView? View { get; set; }

    private string Problem { get; set; } = "";

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        var (now, catalog) = await BeginAsync();
        if (catalog.Unit(UnitCode) is not { } unit || catalog.Procedure(ProcedureCode) is not { } procedure)
        {
            AnswerWith(StatusCodes.Status404NotFound);
            Problem = Text.Format("Không tìm thấy đơn vị {0} hoặc thủ tục {1}", UnitCode, ProcedureCode);
            return;
        }
        View = ProcedureView.Of(Index, catalog, unit, procedure, ChosenPeriod,
            ReadScope.Of(HttpContext.User)?.RootUnit, now);
    }
}
