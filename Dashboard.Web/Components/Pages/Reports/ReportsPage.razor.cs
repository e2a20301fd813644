using IOC.Analytics.Catalog;
using IOC.Analytics.Time;
using IOC.Dashboard.Access;
using IOC.Dashboard.Drilldown;
using IOC.Dashboard.Localization;
using IOC.Dashboard.Reports;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace IOC.Dashboard.Components.Pages.Reports;

/// <summary>
/// <c>/reports?unit=…</c>: a unit's reports — the running week and month, made on request, and every stored revision
/// with its downloads and the cells it changed against the revision before; with <c>period=…</c>, that period's report
/// of the unit and of every unit below it. The unit defaults to the person's own.
/// </summary>
public sealed partial class ReportsPage : ComponentBase
{
    /// <summary>One stored revision as listed, and which revision of its period was sent, if one was.</summary>
    private sealed record Listed(ArchivedReport Report, string Label, IReadOnlyList<ChangedCell>? Changes, int? SentRevision);

    /// <summary>What the "đã gửi" button posts: the period and the revision, as <c>2026-W47|2</c>.</summary>
    public sealed class SentForm
    {
        /// <summary>The period and revision marked.</summary>
        public string? Key { get; set; }
    }

    /// <summary>The unit's code; the person's highest unit when absent.</summary>
    [SupplyParameterFromQuery(Name = "unit")]
    public string? UnitCode { get; set; }

    /// <summary>A period code: when given, the page also lists that period's report of every unit below.</summary>
    [SupplyParameterFromQuery(Name = "period")]
    public string? PeriodCode { get; set; }

    /// <summary>The page's language: Vietnamese unless <c>en</c>.</summary>
    [SupplyParameterFromQuery(Name = "lang")]
    public string? Language { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = null!;

    [Inject]
    private CatalogCache Catalog { get; set; } = null!;

    [Inject]
    private ReportArchive Archive { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    [Inject]
    private IOC.Dashboard.Audit.AuditLog Audit { get; set; } = null!;

    [SupplyParameterFromForm(FormName = "report-sent")]
    private SentForm Sent { get; set; } = null!;

    private bool IsAdmin => HttpContext.User.HasClaim(System.Security.Claims.ClaimTypes.Role, IOC.Dashboard.Accounts.AccountRole.Admin);

    private WallText Text => WallText.For(Language);

    private Unit? Unit { get; set; }

    private IReadOnlyList<ReportPeriod> Running { get; set; } = [];

    private IReadOnlyList<Listed> Stored { get; set; } = [];

    private ReportPeriod? Chosen { get; set; }

    private IReadOnlyList<(Unit Unit, ArchivedReport? Report)> PeriodUnits { get; set; } = [];

    private string Back => DrilldownUrl.Unit(Unit!.Code, new PeriodChoice(PeriodKind.Month, PeriodChoice.Of(PeriodKind.Month, ProvinceTime.DateOf(Time.GetUtcNow()))), Text.Language);

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        Sent ??= new SentForm();
        await ListAsync();
    }

    private async Task ListAsync()
    {
        var snapshot = await Catalog.FreshEnoughAsync(missed: false, HttpContext.RequestAborted);
        UnitCode ??= ReadScope.Of(HttpContext.User)?.RootUnit;
        if (UnitCode is null || snapshot.Unit(UnitCode) is not { } unit)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        Unit = unit;
        var today = ProvinceTime.DateOf(Time.GetUtcNow());
        Running = [ReportPeriod.FromWeekOf(today), ReportPeriod.Of(ReportPeriodKind.Month, today.Year, today.Month)];
        var revisions = await Archive.ListAsync(unit.Code, HttpContext.RequestAborted);
        var listed = new List<Listed>();
        foreach (var period in revisions.GroupBy(report => report.Period))
        {
            var figures = period.Count() > 1 ? await Archive.FiguresAsync(period.Key, unit.Code, HttpContext.RequestAborted) : [];
            var label = ReportPeriod.Parse(period.Key) is { } parsed ? ReportWords.Period(parsed, Text) : period.Key;
            var sent = period.Where(report => report.SentAt is not null).Select(report => (int?)report.Revision).Max();
            listed.AddRange(period.Select(report => new Listed(report, label, Changes(figures, report.Revision), sent)));
        }
        if (ReportPeriod.Parse(PeriodCode) is { } chosen)
        {
            var latest = (await Archive.LatestOfPeriodAsync(chosen.Code, HttpContext.RequestAborted)).ToDictionary(report => report.UnitCode);
            (Chosen, PeriodUnits) = (chosen, snapshot.Subtree(unit.Code).Select(code => snapshot.Unit(code)).OfType<Unit>()
                .Select(below => (below, latest.GetValueOrDefault(below.Code))).ToList());
        }
        Stored = listed.OrderByDescending(l => ReportPeriod.Parse(l.Report.Period)?.Period.To).ThenBy(l => l.Report.Period, StringComparer.Ordinal)
            .ThenByDescending(l => l.Report.Revision).ToList();
    }

    // An administrator marks the revision that went up the reporting chain; a later revision never takes its place.
    private async Task MarkSentAsync()
    {
        if (!IsAdmin || Unit is null || Sent.Key?.Split('|') is not [var period, var number] || !int.TryParse(number, out var revision))
        {
            return;
        }
        var by = IOC.Dashboard.Accounts.AccountPrincipal.NameOf(HttpContext.User) ?? "";
        if (await Archive.MarkSentAsync(period, Unit.Code, revision, by, Time.GetUtcNow(), HttpContext.RequestAborted))
        {
            await Audit.RecordAsync(by, "report.sent", $"{period} {Unit.Code} #{revision}", new { sent = false }, new { sent = true },
                HttpContext.RequestAborted);
        }
        await ListAsync();
    }

    private static IReadOnlyList<ChangedCell>? Changes(IReadOnlyList<(int Revision, ReportFigures Figures)> figures, int revision)
    {
        var index = figures.ToList().FindIndex(f => f.Revision == revision);
        return index > 0 ? figures[index].Figures.Changes(figures[index - 1].Figures) : null;
    }

    private string Here() => Link("/reports", ("unit", Unit!.Code));

    private string File(string period, string format, int? revision, string? unitCode = null) =>
        Link($"/api/v1/reports/{period}.{format}", ("unit", unitCode ?? Unit!.Code), ("revision", revision?.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private string Link(string path, params (string Name, string? Value)[] parameters)
    {
        var url = parameters.Where(p => p.Value is not null).Aggregate(path, (current, p) => QueryHelpers.AddQueryString(current, p.Name, p.Value!));
        return Text.Language == "en" ? QueryHelpers.AddQueryString(url, "lang", "en") : url;
    }
}
