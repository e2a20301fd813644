using System.Reactive.Subjects;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Kpi;
using IOC.Analytics.Storage;
using IOC.Analytics.Time;
using IOC.Dashboard.Hubs;
using IOC.Dashboard.Live;
using IOC.Dashboard.Tests.Wall;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace IOC.Dashboard.Tests.Live;

/// <summary>The store follows the documents published into the hub; its own facts only fill in what was never published.</summary>
public sealed class LiveKpiStoreTests : IDisposable
{
    private readonly PublishedKpis _published = new();
    private readonly Subject<IReadOnlyList<DossierRow>> _changes = new();
    private readonly FactsIndex _index = new();
    private readonly FakeTimeProvider _time = new(WallFixture.Now);
    private readonly LiveKpiStore _store;

    public LiveKpiStoreTests()
    {
        _store = new LiveKpiStore(_published.Updates, _changes, _index, () => WallFixture.Catalog, _time, NullLogger<LiveKpiStore>.Instance);
        _store.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        var row = WallFixture.Dossier("HS-1", WallFixture.CommuneOne, Channel.Online, "2026-11-23T08:00:00+07:00", "2026-11-25T17:00:00+07:00");
        _index.Apply([(1, row)]);
    }

    [Fact]
    public void Current_NothingPublished_CountedFromTheFacts()
    {
        Assert.Equal(1, _store.Current(WallFixture.CommuneOne)!.Figures.ReceivedTotal);
        Assert.Null(_store.LastChangeAt);
    }

    [Fact]
    public void Published_ForToday_WatchersGetItAndItIsCurrent()
    {
        var seen = new List<UnitKpi>();
        using var watcher = _store.Subscribe(WallFixture.CommuneOne, seen.Add);
        _time.Advance(TimeSpan.FromSeconds(5));

        _published.Update(Document(WallFixture.CommuneOne, "2026-11-23", received: 7));

        Assert.Equal(7, Assert.Single(seen).Figures.ReceivedOnline);
        Assert.Equal(7, _store.Current(WallFixture.CommuneOne)!.Figures.ReceivedOnline);
        Assert.Equal(WallFixture.Now.AddSeconds(5), _store.LastChangeAt);
    }

    [Fact]
    public void Published_YesterdaysFigures_TodayIsCountedFromTheFacts()
    {
        _published.Update(Document(WallFixture.CommuneOne, "2026-11-22", received: 7));

        var current = _store.Current(WallFixture.CommuneOne)!;

        Assert.Equal(new DateOnly(2026, 11, 23), current.Period.From);
        Assert.Equal(1, current.Figures.ReceivedTotal);
    }

    [Fact]
    public void Published_UnitNotInTheCatalogue_Ignored()
    {
        _published.Update(Document("P.X9", "2026-11-23", received: 7));

        Assert.Null(_store.LastChangeAt);
        Assert.Null(_store.Current("P.X9"));
    }

    [Fact]
    public void DossierChange_WithoutPublication_HeardFromButFiguresNotUpdated()
    {
        _changes.OnNext([WallFixture.Dossier("HS-2", WallFixture.CommuneTwo, Channel.Direct, "2026-11-23T09:00:00+07:00", "2026-11-25T17:00:00+07:00")]);

        Assert.Equal(WallFixture.Now, _store.ChangedAt(WallFixture.CommuneTwo));
        Assert.Equal(WallFixture.Now, _store.ChangedAt(WallFixture.Province));
        Assert.Null(_store.LastChangeAt);
    }

    public void Dispose()
    {
        _store.Dispose();
        _published.Dispose();
        _changes.Dispose();
    }

    private static KpiDocument Document(string unit, string day, int received)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var kpi = new UnitKpi(WallFixture.Catalog.Unit(WallFixture.CommuneOne)! with { Code = unit }, new Period(date, date),
            ProvinceTime.StartOf(date).AddHours(10), new KpiFigures { ReceivedOnline = received }, new ServiceCounts(1, 1, 0, 1));
        return KpiDocument.Of(kpi);
    }
}
