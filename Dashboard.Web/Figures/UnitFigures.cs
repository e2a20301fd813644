using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Time;

namespace IOC.Dashboard.Figures;

/// <summary>
/// The one place screens, the API and reports ask for a unit's figures of a period: the unit's subtree, each child unit's,
/// by field and procedure, and dossiers received per hour. Figures evaluated at a fixed instant (an ended period, the same
/// period before) are counted once and kept (bounded, least recently used dropped first) until a change touches a day
/// they can see; those of a period that includes now are kept with the state of the index and shared by every caller that
/// may take them up to <see cref="RecentFor"/> old (docs/figures.md).
/// </summary>
public sealed class UnitFigures : IDisposable
{
    /// <summary>How old a wall's figures of a period that includes now may be while changes flow.</summary>
    public static readonly TimeSpan RecentFor = TimeSpan.FromSeconds(5);

    /// <summary>Figures evaluated at a fixed instant kept at most: a few hundred periods of units and their children.</summary>
    public const int SettledCapacity = 256;

    /// <summary>Figures of periods that include now kept at most: the year, week and hours of every unit on a screen.</summary>
    public const int CurrentCapacity = 512;

    private readonly FactsIndex _index;
    private readonly TimeProvider _time;
    private readonly SettledFigures _settled;
    private readonly CurrentFigures _current;
    private readonly List<ICountedFacts> _followed = [];

    /// <summary>Counts from <paramref name="index"/> and drops kept figures as its changes arrive.</summary>
    public UnitFigures(FactsIndex index, TimeProvider time, int settledCapacity = SettledCapacity, int currentCapacity = CurrentCapacity)
    {
        _index = index;
        _time = time;
        _settled = new SettledFigures(settledCapacity);
        _current = new CurrentFigures(index, currentCapacity);
        Follow(index);
    }

    /// <summary>
    /// Drops kept figures as the store's changes arrive: the dossier facts from the start; another store of facts (the KPI
    /// events of CONTRACT.md §1b) once figures are counted from it.
    /// </summary>
    public void Follow(ICountedFacts facts)
    {
        facts.Changed += _settled.Touched;
        _followed.Add(facts);
    }

    /// <summary>How many figures evaluated at a fixed instant are kept.</summary>
    public int KeptSettled => _settled.Count;

    /// <summary>How many figures of periods that include now are kept.</summary>
    public int KeptCurrent => _current.Count;

    /// <summary>The figures of the unit's subtree for the period, as of now (its end once it has ended).</summary>
    public UnitKpi Of(CatalogSnapshot catalog, Unit unit, Period period, FiguresAge age = FiguresAge.Exact)
    {
        var now = _time.GetUtcNow();
        var kpi = Get<UnitKpi>(new FiguresKey(catalog, FiguresKind.Unit, unit, period, null), age, now);
        return age == FiguresAge.Exact ? AsOfNow(kpi, period, now) : kpi;
    }

    /// <summary>
    /// The figures of the unit's subtree for the period as they stood at <paramref name="at"/>, an instant already past
    /// (e.g. the same period before, up to the same time of day).
    /// </summary>
    public UnitKpi AsOf(CatalogSnapshot catalog, Unit unit, Period period, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(at, _time.GetUtcNow());
        var key = new FiguresKey(catalog, FiguresKind.Unit, unit, period, period.EvaluatedAt(at).UtcTicks);
        return _settled.GetOrCount(key, () => (UnitKpi)FiguresCounter.Count(_index, [key], at)[0]);
    }

    /// <summary>The figures of each child unit's subtree for the period, as of now (its end once it has ended).</summary>
    public IReadOnlyList<UnitKpi> OfChildren(CatalogSnapshot catalog, Unit unit, Period period, FiguresAge age = FiguresAge.Exact)
    {
        var now = _time.GetUtcNow();
        var children = Get<IReadOnlyList<UnitKpi>>(new FiguresKey(catalog, FiguresKind.Children, unit, period, null), age, now);
        return age == FiguresAge.Exact && children.Any(kpi => !IsAsOfNow(kpi, period, now))
            ? children.Select(kpi => AsOfNow(kpi, period, now)).ToList()
            : children;
    }

    /// <summary>The drill-down below the unit for the period: each field with its procedures, busiest first.</summary>
    public IReadOnlyList<FieldKpi> ByField(CatalogSnapshot catalog, Unit unit, Period period, FiguresAge age = FiguresAge.Exact) =>
        Get<IReadOnlyList<FieldKpi>>(new FiguresKey(catalog, FiguresKind.Fields, unit, period, null), age, _time.GetUtcNow());

    /// <summary>
    /// Dossiers received (refusals at reception excluded) in each hour of the province day within the unit's subtree, all
    /// 24 hours (a receipt dated ahead counts in its hour).
    /// </summary>
    public IReadOnlyList<int> ReceivedPerHour(CatalogSnapshot catalog, Unit unit, DateOnly day, FiguresAge age = FiguresAge.Exact) =>
        Get<IReadOnlyList<int>>(new FiguresKey(catalog, FiguresKind.Hours, unit, new Period(day, day), null), age, _time.GetUtcNow());

    /// <inheritdoc />
    public void Dispose() => _followed.ForEach(facts => facts.Changed -= _settled.Touched);

    private T Get<T>(FiguresKey key, FiguresAge age, DateTimeOffset now)
        where T : class
    {
        if (!key.Period.HasEnded(now))
        {
            return (T)_current.Get(key, age, now);
        }
        var settled = key with { EvaluatedAt = key.Period.End.UtcTicks };
        return _settled.GetOrCount(settled, () => (T)FiguresCounter.Count(_index, [settled], now)[0]);
    }

    // Exact figures kept from a moment ago are those of now: nothing has changed since.
    private static UnitKpi AsOfNow(UnitKpi kpi, Period period, DateTimeOffset now) =>
        IsAsOfNow(kpi, period, now) ? kpi : kpi with { AsOf = ProvinceTime.ToProvince(period.EvaluatedAt(now)) };

    private static bool IsAsOfNow(UnitKpi kpi, Period period, DateTimeOffset now) => kpi.AsOf == period.EvaluatedAt(now);
}
