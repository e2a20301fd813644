using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Kpi;
using IOC.Analytics.Storage;
using IOC.Analytics.Time;
using IOC.Dashboard.Figures;
using IOC.Dashboard.Tests.Wall;
using Microsoft.Extensions.Time.Testing;
using static IOC.Dashboard.Tests.Charts.ChartHistories;

namespace IOC.Dashboard.Tests.Figures;

/// <summary>
/// What <see cref="UnitFigures"/> keeps and when it counts again, on the wall fixture's province at 10:00 on Monday
/// 23/11/2026: October has ended, the year to date includes now.
/// </summary>
public sealed class UnitFiguresTests : IDisposable
{
    private static readonly Period October = new(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));
    private static readonly Period September = new(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30));
    private static readonly Period August = new(new DateOnly(2026, 8, 1), new DateOnly(2026, 8, 31));
    private static readonly Period Year = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 23));
    private static readonly Unit Province = WallFixture.Catalog.Unit(WallFixture.Province)!;
    private static readonly Unit CommuneOne = WallFixture.Catalog.Unit(WallFixture.CommuneOne)!;
    private readonly FakeTimeProvider _time = new(WallFixture.Now);
    private readonly FactsIndex _index = Index(
        Received("OCT-1", WallFixture.CommuneOne, Channel.Online, "2026-10-05T08:00:00+07:00"),
        Received("NOV-1", WallFixture.CommuneTwo, Channel.Direct, "2026-11-23T08:00:00+07:00"));
    private readonly UnitFigures _figures;
    private long _change = 100;

    public UnitFiguresTests() => _figures = new UnitFigures(_index, _time, settledCapacity: 2);

    [Fact]
    public void EndedPeriod_AskedAgain_AnsweredFromWhatWasCounted()
    {
        var first = _figures.Of(WallFixture.Catalog, Province, October);

        Assert.Same(first, _figures.Of(WallFixture.Catalog, Province, October));
        Assert.Equal(1, first.Figures.ReceivedTotal);
        Assert.Equal(1, _figures.KeptSettled);
    }

    [Fact]
    public void EndedPeriod_BackfillIntoIt_CountedAgain()
    {
        var before = _figures.Of(WallFixture.Catalog, Province, October);

        Apply(Received("OCT-2", WallFixture.CommuneTwo, Channel.Direct, "2026-10-20T08:00:00+07:00"));

        Assert.Equal(before.Figures.ReceivedTotal + 1, _figures.Of(WallFixture.Catalog, Province, October).Figures.ReceivedTotal);
    }

    [Fact]
    public void EndedPeriod_ChangeToADossierReceivedInIt_CountedAgain()
    {
        var before = _figures.Of(WallFixture.Catalog, Province, October);

        // Received in October, resolved today: the change touches 05/10 (its receipt day) and today. October's figures
        // stay what they were (it was in process at its end), but only a count can tell.
        Apply(Received("OCT-1", WallFixture.CommuneOne, Channel.Online, "2026-10-05T08:00:00+07:00", "2026-11-23T09:00:00+07:00"));

        var after = _figures.Of(WallFixture.Catalog, Province, October);
        Assert.NotSame(before, after);
        Assert.Equal(1, after.Figures.InProcessTotal);
    }

    [Fact]
    public void EndedPeriod_ChangeOnlyAfterItsEnd_KeepsWhatWasCounted()
    {
        var before = _figures.Of(WallFixture.Catalog, Province, October);

        Apply(Received("NOV-2", WallFixture.CommuneOne, Channel.Online, "2026-11-23T09:00:00+07:00"));

        Assert.Same(before, _figures.Of(WallFixture.Catalog, Province, October));
    }

    [Fact]
    public void EndedPeriod_AnotherFollowedStoreTouchesIt_CountedAgain()
    {
        var other = new OtherFacts();
        _figures.Follow(other);
        var before = _figures.Of(WallFixture.Catalog, Province, October);

        other.Touch(new DateOnly(2026, 11, 23));
        Assert.Same(before, _figures.Of(WallFixture.Catalog, Province, October));
        other.Touch(new DateOnly(2026, 10, 20));

        Assert.NotSame(before, _figures.Of(WallFixture.Catalog, Province, October));
    }

    [Fact]
    public void EndedPeriods_MoreThanTheBound_LeastRecentlyUsedDroppedFirst()
    {
        var october = _figures.Of(WallFixture.Catalog, Province, October);
        var september = _figures.Of(WallFixture.Catalog, Province, September);
        _figures.Of(WallFixture.Catalog, Province, October);

        _figures.Of(WallFixture.Catalog, Province, August);

        Assert.Equal(2, _figures.KeptSettled);
        Assert.Same(october, _figures.Of(WallFixture.Catalog, Province, October));
        Assert.NotSame(september, _figures.Of(WallFixture.Catalog, Province, September));
    }

    [Fact]
    public void EndedPeriod_OtherCatalogue_CountedAgainstIt()
    {
        var first = _figures.Of(WallFixture.Catalog, Province, October);
        var reloaded = new CatalogSnapshot(WallFixture.Catalog.Units, WallFixture.Catalog.Procedures);

        Assert.NotSame(first, _figures.Of(reloaded, reloaded.Unit(WallFixture.Province)!, October));
    }

    [Fact]
    public void SamePeriodBefore_AsOfAPastInstant_KeptUntilABackfillOfThatDay()
    {
        var lastMonday = new Period(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 16));
        var at = WallFixture.Now.AddDays(-7);
        var first = _figures.AsOf(WallFixture.Catalog, Province, lastMonday, at);
        Assert.Same(first, _figures.AsOf(WallFixture.Catalog, Province, lastMonday, at));

        Apply(Received("L-1", WallFixture.CommuneOne, Channel.Online, "2026-11-16T08:00:00+07:00"),
            Received("L-2", WallFixture.CommuneOne, Channel.Online, "2026-11-16T11:00:00+07:00"));

        // Received before 10:00 that Monday counts; at 11:00 not yet.
        Assert.Equal(first.Figures.ReceivedTotal + 1, _figures.AsOf(WallFixture.Catalog, Province, lastMonday, at).Figures.ReceivedTotal);
    }

    [Fact]
    public void CurrentPeriod_Recent_SharedUntilFiveSecondsOld()
    {
        var first = _figures.Of(WallFixture.Catalog, Province, Year, FiguresAge.Recent);
        Apply(Received("NOV-2", WallFixture.CommuneOne, Channel.Online, "2026-11-23T09:00:00+07:00"));

        _time.Advance(UnitFigures.RecentFor - TimeSpan.FromMilliseconds(1));
        Assert.Same(first, _figures.Of(WallFixture.Catalog, Province, Year, FiguresAge.Recent));

        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(first.Figures.ReceivedTotal + 1, _figures.Of(WallFixture.Catalog, Province, Year, FiguresAge.Recent).Figures.ReceivedTotal);
    }

    [Fact]
    public void CurrentPeriod_RecentWithoutChange_KeptPastFiveSeconds()
    {
        var first = _figures.Of(WallFixture.Catalog, Province, Year, FiguresAge.Recent);

        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Same(first, _figures.Of(WallFixture.Catalog, Province, Year, FiguresAge.Recent));
    }

    [Fact]
    public void CurrentPeriod_Exact_ReflectsAChangeAtOnce()
    {
        var first = _figures.Of(WallFixture.Catalog, Province, Year, FiguresAge.Recent);

        Apply(Received("NOV-2", WallFixture.CommuneOne, Channel.Online, "2026-11-23T09:00:00+07:00"));

        Assert.Equal(first.Figures.ReceivedTotal + 1, _figures.Of(WallFixture.Catalog, Province, Year).Figures.ReceivedTotal);
    }

    [Fact]
    public void CurrentPeriod_ExactWithoutChange_SameFiguresAsOfNow()
    {
        var first = _figures.Of(WallFixture.Catalog, Province, Year);

        _time.Advance(TimeSpan.FromSeconds(30));
        var second = _figures.Of(WallFixture.Catalog, Province, Year);

        Assert.Same(first.Figures, second.Figures);
        Assert.Equal(_time.GetUtcNow(), second.AsOf);
    }

    [Fact]
    public void CurrentPeriod_RecentOfSeveralUnits_CountedTogetherWhenOneAsks()
    {
        _figures.Of(WallFixture.Catalog, Province, Year, FiguresAge.Recent);
        _figures.OfChildren(WallFixture.Catalog, Province, Year, FiguresAge.Recent);
        _figures.Of(WallFixture.Catalog, CommuneOne, Year, FiguresAge.Recent);
        Apply(Received("NOV-2", WallFixture.CommuneOne, Channel.Online, "2026-11-23T09:00:00+07:00"));
        _time.Advance(UnitFigures.RecentFor);
        var countedAt = _time.GetUtcNow();

        _figures.Of(WallFixture.Catalog, Province, Year, FiguresAge.Recent);
        _time.Advance(TimeSpan.FromSeconds(1));

        // Counted in the province's pass, a second before these were asked.
        var commune = _figures.Of(WallFixture.Catalog, CommuneOne, Year, FiguresAge.Recent);
        var children = _figures.OfChildren(WallFixture.Catalog, Province, Year, FiguresAge.Recent);
        Assert.Equal(countedAt, commune.AsOf);
        Assert.Equal(2, commune.Figures.ReceivedTotal);
        Assert.All(children, child => Assert.Equal(countedAt, child.AsOf));
        Assert.Equal(2, children.Single(child => child.Unit.Code == WallFixture.CommuneOne).Figures.ReceivedTotal);
        Assert.Equal(3, _figures.KeptCurrent);
    }

    [Fact]
    public void CurrentPeriod_NewProvinceDay_CountedAgain()
    {
        var thisWeek = new Period(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29));
        var monday = _figures.Of(WallFixture.Catalog, Province, thisWeek, FiguresAge.Recent);

        _time.Advance(TimeSpan.FromDays(1));

        Assert.NotSame(monday, _figures.Of(WallFixture.Catalog, Province, thisWeek, FiguresAge.Recent));
    }

    [Fact]
    public void ReceivedPerHour_Today_CountsEachHourOfTheSubtree()
    {
        var hours = _figures.ReceivedPerHour(WallFixture.Catalog, Province, new DateOnly(2026, 11, 23), FiguresAge.Recent);

        Assert.Equal(24, hours.Count);
        Assert.Equal(1, hours[8]);
        Assert.Equal(1, hours.Sum());
    }

    [Fact]
    public void ByField_EndedPeriod_KeptLikeTheUnitsFigures()
    {
        var fields = _figures.ByField(WallFixture.Catalog, Province, October);

        Assert.Same(fields, _figures.ByField(WallFixture.Catalog, Province, October));
        Assert.Equal(1, Assert.Single(fields).Figures.ReceivedTotal);
    }

    public void Dispose() => _figures.Dispose();

    private void Apply(params DossierRow[] rows) => _index.Apply(rows.Select(row => (++_change, row)).ToList());

    // A store of facts that are not dossiers (the KPI events to come), reduced to what the figures' caches follow.
    private sealed class OtherFacts : ICountedFacts
    {
        public event Action<IReadOnlySet<DateOnly>>? Changed;

        public long Version { get; private set; }

        public long LatestInstant => long.MinValue;

        public void Touch(DateOnly day)
        {
            Version++;
            Changed?.Invoke(new HashSet<DateOnly> { day });
        }
    }
}
