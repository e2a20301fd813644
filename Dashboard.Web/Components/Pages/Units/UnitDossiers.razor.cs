using System.Globalization;
using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Kpi.Lists;
using IOC.Analytics.Time;
using IOC.Dashboard.Access;
using IOC.Dashboard.Drilldown;
using IOC.Dashboard.Live;
using IOC.Dashboard.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace IOC.Dashboard.Components.Pages.Units;

/// <summary>
/// <c>/units/{unitCode}/dossiers?status=…</c>: one of the dossier lists (docs/lists.md) of a unit for a period, paged on the
/// server, sorted by the column headers, searched by dossier code; each dossier links to its own page. The same
/// <see cref="DossierLister"/> as <c>GET /api/v1/dossiers</c>, so the page and the API list the same dossiers.
/// </summary>
public sealed partial class UnitDossiers : DrilldownPage
{
    /// <summary>Dossiers on a page.</summary>
    public const int PageSize = 50;

    private static readonly (string Status, string Label)[] Lists =
    [
        ("overdue", "Quá hạn"), ("due-soon", "Sắp đến hạn"), ("in-process", "Đang giải quyết"), ("resolved-late", "Đã giải quyết trễ hạn"),
    ];

    /// <summary>The unit's code.</summary>
    [Parameter]
    public string UnitCode { get; set; } = "";

    /// <summary><c>overdue</c>, <c>due-soon</c>, <c>resolved-late</c> or <c>in-process</c>.</summary>
    [SupplyParameterFromQuery(Name = "status")]
    public string? StatusName { get; set; }

    /// <summary>As the API's <c>sort</c>: <c>dueAt</c> (the default), <c>receivedAt</c>, <c>resolvedAt</c>, <c>dossierCode</c>.</summary>
    [SupplyParameterFromQuery(Name = "sort")]
    public string? Sort { get; set; }

    /// <summary>The page number, from 1.</summary>
    [SupplyParameterFromQuery(Name = "page")]
    public string? PageNumber { get; set; }

    /// <summary>Part of a dossier code.</summary>
    [SupplyParameterFromQuery(Name = "q")]
    public string? Search { get; set; }

    [Inject]
    private FactsIndex Index { get; set; } = null!;

    [Inject]
    private CalendarRefresher Calendar { get; set; } = null!;

    private CatalogSnapshot Snapshot { get; set; } = CatalogSnapshot.Empty;

    private Unit? Unit { get; set; }

    private PeriodChoice? Choice { get; set; }

    private DossierListPage? Listed { get; set; }

    private DossierListKind Kind { get; set; }

    private IReadOnlyList<Unit> Trail { get; set; } = [];

    private DateTimeOffset AsOf { get; set; }

    private string Problem { get; set; } = "";

    private int LastPage => Math.Max(1, (Listed!.Total + PageSize - 1) / PageSize);

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        (var now, Snapshot) = await BeginAsync();
        if (Snapshot.Unit(UnitCode) is not { } unit)
        {
            Refuse(StatusCodes.Status404NotFound, Text.Format("Không tìm thấy đơn vị {0}", UnitCode));
            return;
        }
        if (!DossierListKinds.TryParse(StatusName, out var kind) || !DossierListSorts.TryParse(Sort, out var sort, out var descending)
            || !TryPage(PageNumber, out var page))
        {
            Refuse(StatusCodes.Status400BadRequest, Text["Địa chỉ danh sách không hợp lệ (status, sort hoặc page)."]);
            return;
        }
        var choice = ChosenPeriod;
        var query = new DossierListQuery(Snapshot.Subtree(unit.Code), choice.Period, kind, sort, descending,
            string.IsNullOrWhiteSpace(Search) ? null : Search.Trim(), page, PageSize);
        (Unit, Kind, Choice) = (unit, kind, choice);
        Listed = DossierLister.List(Index, query, now, Calendar.Current);
        AsOf = ProvinceTime.ToProvince(choice.Period.EvaluatedAt(now));
        Trail = DrilldownTrail.Of(Snapshot, unit, ReadScope.Of(HttpContext.User)?.RootUnit);
    }

    private void Refuse(int status, string problem)
    {
        AnswerWith(status);
        Problem = problem;
    }

    private static bool TryPage(string? text, out int page)
    {
        page = 1;
        return string.IsNullOrEmpty(text)
            || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page is >= 1 and <= 1_000_000);
    }

    private string Count(int value) => WallFormat.Count(value, Text.Culture);

    private string When(DateTimeOffset? instant) => instant is { } at
        ? ProvinceTime.ToProvince(at).ToString("dd/MM/yyyy HH:mm", Text.Culture)
        : "—";

    private string UnitName(string code) => Snapshot.Unit(code)?.Name ?? code;

    private string ProcedureName(string code) => Snapshot.Procedure(code)?.Name ?? code;

    private string SortUrl(string column) => DrilldownUrl.Dossiers(Unit!.Code, StatusName!, Choice!, Text.Language,
        (string.IsNullOrEmpty(Sort) ? "dueAt" : Sort) == column ? "-" + column : column, search: Search);

    private string PageUrl(int page) => DrilldownUrl.Dossiers(Unit!.Code, StatusName!, Choice!, Text.Language, Sort, page, Search);
}
