using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Time;
using IOC.Dashboard.Charts;
using IOC.Dashboard.Components.Wall;
using IOC.Dashboard.Figures;
using IOC.Dashboard.Live;
using IOC.Dashboard.Localization;
using IOC.Dashboard.Accounts;
using IOC.Dashboard.Drilldown;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace IOC.Dashboard.Components.Pages;

/// <summary>
/// The operations-centre wall: today's and the year's headline figures of one unit (the province by default), live,
/// and the child units with the most overdue dossiers.
/// </summary>
public sealed partial class Wall : ComponentBase, IDisposable
{
    private static readonly TimeSpan ClockTick = TimeSpan.FromSeconds(1);
    // The periods before move with the time of day; compared at the minute, every wall of a unit asks the same question.
    private static readonly TimeSpan BeforeStep = TimeSpan.FromMinutes(1);
    private Unit? _unit;
    private IReadOnlySet<string>? _subtree;
    private bool _catalogLoaded;
    private volatile UnitKpi? _today;
    private UnitKpi? _year;
    private object? _ranked;
    private IReadOnlyList<RankedEntry> _ranking = [];
    private IReadOnlyList<RankedEntry> _rows = [];
    private bool _rankingProcedures;
    private KpiFigures? _todayBefore;
    private KpiFigures? _yearBefore;
    private DateTimeOffset _now;
    private RenderThrottle? _throttle;
    private IDisposable? _subscription;
    private ITimer? _clock;

    [Inject]
    private LiveKpiStore Store { get; set; } = null!;

    [Inject]
    private UnitFigures Figures { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    [Inject]
    private WallOptions Options { get; set; } = null!;

    [Inject]
    private KpiTargetBoard Targets { get; set; } = null!;

    /// <summary>The unit to show; the province's root when absent.</summary>
    [SupplyParameterFromQuery(Name = "unit")]
    public string? UnitCode { get; set; }

    /// <summary>The language: Vietnamese unless <c>en</c>.</summary>
    [SupplyParameterFromQuery(Name = "lang")]
    public string? Language { get; set; }

    /// <summary>
    /// True when a signed-in person opened the wall: its rows and rankings then lead into the drill-down pages. Read from
    /// the request while prerendering and carried into the live circuit; screens and anonymous viewers get no links.
    /// </summary>
    [PersistentState]
    public bool SignedIn { get; set; }

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    private WallText Text => WallText.For(Language);

    private string? DrillLink(string period) => SignedIn && _unit is not null
        ? DrilldownUrl.Unit(_unit.Code, PeriodChoice.Parse(period, null, null, ProvinceTime.DateOf(_now)), Text.Language)
        : null;

    private string RankingLink(RankedEntry row)
    {
        var today = PeriodChoice.Parse("today", null, null, ProvinceTime.DateOf(_now));
        return row.IsUnit
            ? DrilldownUrl.Dossiers(row.Code, "overdue", today, Text.Language)
            : DrilldownUrl.Procedure(_unit!.Code, row.Code, today, Text.Language);
    }

    private string UpdatedAt => Store.LastChangeAt is { } at ? WallFormat.Time(at, Text.Culture) : WallFormat.NoValue;

    private bool IsStale => Store.LastChangeAt is not { } at || _now - at >= Options.StaleAfter;

    private string YearTitle => Text.Format("Từ đầu năm (01/01 – {0})", WallFormat.DayMonth(_now, Text.Culture));

    private int SilentChildren => _unit is null ? 0 : Store.Catalog.Children(_unit.Code).Count(child => SilenceOf(child.Code).IsSilent);

    /// <inheritdoc />
    protected override void OnInitialized()
    {
        if (HttpContext is not null)
        {
            SignedIn = AccountPrincipal.NameOf(HttpContext.User) is not null;
        }
    }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        _now = Time.GetUtcNow();
        _subscription?.Dispose();
        _subscription = null;
        _unit = null;
        _subtree = null;
        _today = null;
        _year = null;
        _ranked = null;
        _todayBefore = null;
        _yearBefore = null;
        Load();
    }

    /// <inheritdoc />
    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }
        // Only the interactive render subscribes; the prerender must not leave a watcher behind.
        _throttle = new RenderThrottle(Time, RenderThrottle.WallInterval, () => _ = InvokeAsync(StateHasChanged));
        _clock = Time.CreateTimer(_ => _ = InvokeAsync(Tick), null, ClockTick, ClockTick);
        Load();
        _throttle.Request();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _clock?.Dispose();
        _throttle?.Dispose();
        _subscription?.Dispose();
    }

    private void Load()
    {
        var catalog = Store.Catalog;
        _catalogLoaded = catalog.Units.Count > 0;
        _unit ??= UnitCode is { Length: > 0 } code
            ? catalog.Unit(code)
            : catalog.Units.FirstOrDefault(u => u.Level == UnitLevel.Province);
        if (_unit is null)
        {
            return;
        }
        _subtree = catalog.Subtree(_unit.Code).ToHashSet(StringComparer.Ordinal);
        // The watcher goes in before the snapshot is taken, so no change falls between the two.
        if (_subscription is null && _throttle is not null)
        {
            _subscription = Store.Subscribe(_unit.Code, OnChange);
        }
        _today = Store.Current(_unit.Code);
        AskFigures();
    }

    private void OnChange(UnitKpi kpi)
    {
        _today = kpi;
        _throttle?.Request();
    }

    private void Tick()
    {
        _now = Time.GetUtcNow();
        if (_unit is null || _subscription is null)
        {
            Load();
        }
        else
        {
            if (_today is { } today && !today.Period.Contains(ProvinceTime.DateOf(_now)))
            {
                // Past midnight with nothing published for the new day yet (Ingestion down or late): today starts from the facts.
                _today = Store.Current(_unit.Code);
            }
            AskFigures();
        }
        StateHasChanged();
    }

    // Asked every second, answered from what every wall shares: recounted at most every UnitFigures.RecentFor while
    // changes flow, and not at all when nothing changed.
    private void AskFigures()
    {
        var catalog = Store.Catalog;
        var today = ProvinceTime.DateOf(_now);
        var year = new Period(new DateOnly(today.Year, 1, 1), today);
        _year = Figures.Of(catalog, _unit!, year, FiguresAge.Recent);
        RankRows(catalog, year);
        CountCharts(_rows);
        var minute = _now - TimeSpan.FromTicks(_now.UtcTicks % BeforeStep.Ticks);
        var (week, weekAt) = SamePeriodBefore.LastWeek(minute);
        var (lastYear, lastYearAt) = SamePeriodBefore.LastYear(minute);
        _todayBefore = Figures.AsOf(catalog, _unit!, week, weekAt).Figures;
        _yearBefore = Figures.AsOf(catalog, _unit!, lastYear, lastYearAt).Figures;
    }

    // The side column ranks the child units; a unit without any ranks its procedures instead, so its wall is as full.
    private void RankRows(CatalogSnapshot catalog, Period year)
    {
        _rankingProcedures = catalog.Children(_unit!.Code).Count == 0;
        object source = _rankingProcedures
            ? Figures.ByField(catalog, _unit, year, FiguresAge.Recent)
            : Figures.OfChildren(catalog, _unit, year, FiguresAge.Recent);
        if (ReferenceEquals(source, _ranked))
        {
            return;
        }
        _ranked = source;
        _rows = source is IReadOnlyList<FieldKpi> fields
            ? [.. fields.SelectMany(f => f.Procedures).Select(RankedEntry.Of)]
            : [.. ((IReadOnlyList<UnitKpi>)source).Select(RankedEntry.Of)];
        _ranking = UnitRanking.Rank(_rows);
    }

    private UnitSilence SilenceOf(string unitCode) =>
        UnitSilence.Of(Store.ChangedAt(unitCode), Store.ListeningSince, _now, Options.UnitSilentAfter);
}
