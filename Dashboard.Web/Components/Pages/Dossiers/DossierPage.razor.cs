using IOC.Analytics.Catalog;
using IOC.Analytics.Storage;
using IOC.Analytics.Time;
using IOC.Dashboard.Access;
using IOC.Dashboard.Drilldown;
using IOC.Dashboard.Live;
using IOC.Dashboard.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace IOC.Dashboard.Components.Pages.Dossiers;

/// <summary>
/// <c>/dossiers/{dossierCode}</c>: one dossier's events and where they leave it. The route names no unit, so the page
/// judges the scope itself once it knows the dossier's unit: outside what the person sees it answers 403 and says so, as
/// the other pages do.
/// </summary>
public sealed partial class DossierPage : DrilldownPage
{
    /// <summary>The dossier code, the only identifier the product holds.</summary>
    [Parameter]
    public string DossierCode { get; set; } = "";

    [Inject]
    private EventLog Log { get; set; } = null!;

    [Inject]
    private CalendarRefresher Calendar { get; set; } = null!;

    private CatalogSnapshot Snapshot { get; set; } = CatalogSnapshot.Empty;

    private DossierView? View { get; set; }

    private IReadOnlyList<Unit> Trail { get; set; } = [];

    private PeriodChoice Month { get; set; } = null!;

    private bool Refused { get; set; }

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        (var now, Snapshot) = await BeginAsync();
        Month = ChosenPeriod;
        var view = await DossierView.LoadAsync(Log, DossierCode, Snapshot, Calendar.Current, now, HttpContext.RequestAborted);
        if (view is null)
        {
            AnswerWith(StatusCodes.Status404NotFound);
            return;
        }
        var scope = ReadScope.Of(HttpContext.User);
        if (scope is null || !scope.Allows(Snapshot, view.UnitCode))
        {
            AnswerWith(StatusCodes.Status403Forbidden);
            Refused = true;
            return;
        }
        View = view;
        Trail = Snapshot.Unit(view.UnitCode) is { } unit ? DrilldownTrail.Of(Snapshot, unit, scope.RootUnit) : [];
    }

    private string Count(int value) => WallFormat.Count(value, Text.Culture);

    private string When(DateTimeOffset? instant) => instant is { } at
        ? ProvinceTime.ToProvince(at).ToString("dd/MM/yyyy HH:mm", Text.Culture)
        : "—";

    private string UnitName(string code) => Snapshot.Unit(code)?.Name ?? code;

    private string ProcedureName(string code) => Snapshot.Procedure(code)?.Name ?? code;
}
