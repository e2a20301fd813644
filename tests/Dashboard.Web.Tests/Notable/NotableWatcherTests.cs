using System.Reactive.Concurrency;
using System.Reactive.Subjects;
using IOC.Analytics.Calendar;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Kpi;
using IOC.Analytics.Storage;
using IOC.Dashboard.Live;
using IOC.Dashboard.Live.Notable;
using IOC.Dashboard.Tests.Wall;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace IOC.Dashboard.Tests.Notable;

/// <summary>
/// The watcher wired to a real <see cref="LiveKpiStore"/> and dossiers folded from events as the projection folds them,
/// fed through a subject standing for the follower, and Ingestion's figures published into the hub's documents.
/// </summary>
public sealed class NotableWatcherTests : IDisposable
{
    private readonly Subject<IReadOnlyList<DossierRow>> _changes = new();
    private readonly FactsIndex _index = new();
    private readonly FakeTimeProvider _time = new(WallFixture.Now);
    private readonly HistoricalScheduler _scheduler = new(WallFixture.Now);
    private readonly NotableFeed _feed = new(NullLogger<NotableFeed>.Instance);
    private readonly IngestionPublishing _ingestion;
    private readonly LiveKpiStore _store;
    private readonly NotableWatcher _watcher;

    public NotableWatcherTests()
    {
        _ingestion = new IngestionPublishing(_changes, _index, WallFixture.Catalog, _scheduler);
        _store = new LiveKpiStore(_ingestion.Published.Updates, _changes, _index, () => WallFixture.Catalog, _time, NullLogger<LiveKpiStore>.Instance);
        _store.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        _watcher = new NotableWatcher(_changes, _store, _feed, () => KpiTargets.Default, () => CalendarData.ShippedCalendar(), _time, NullLogger<NotableWatcher>.Instance);
    }

    [Fact]
    public void Changes_DossierResolvedLate_ReachTheFeed()
    {
        Publish(WallFixture.Dossier("HS-1", WallFixture.CommuneOne, Channel.Direct, "2026-11-18T08:00:00+07:00", "2026-11-20T17:00:00+07:00",
            "2026-11-23T09:30:00+07:00"));

        // Due Friday 20/11, resolved Monday 23/11: the weekend is off, so one working day late.
        var late = Assert.IsType<LateResolution>(Assert.Single(_feed.Latest));
        Assert.Equal(("HS-1", 1), (late.DossierCode, late.DaysLate));
    }

    [Fact]
    public void Figures_CommuneFallsUnderTheOnlineTarget_ReachTheFeed()
    {
        Publish(Received("ON", 20, Channel.Online));
        Assert.Empty(_feed.Latest);

        Publish(Received("DESK", 40, Channel.Direct));

        var crossings = _feed.Latest.OfType<ThresholdCrossing>().ToList();
        var commune = Assert.Single(crossings, c => c.UnitCode == WallFixture.CommuneOne);
        Assert.Equal((ThresholdMeasure.OnlineRatio, 20.0 / 60, false), (commune.Measure, commune.Ratio, commune.Met));
        Assert.Contains(crossings, c => c.UnitCode == WallFixture.Province);
    }

    [Fact]
    public void Dispose_UnitsWatched_LeavesNoWatcherOnTheStore()
    {
        Publish(Received("ON", 1, Channel.Online));
        Assert.Equal(2, _watcher.WatchedUnitCount);
        Assert.Equal(2, _store.SubscriberCount);

        _watcher.Dispose();

        Assert.Equal(0, _store.SubscriberCount);
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _store.Dispose();
        _ingestion.Dispose();
        _changes.Dispose();
    }

    private static DossierRow[] Received(string prefix, int count, string channel) => Enumerable.Range(0, count)
        .Select(i => WallFixture.Dossier($"{prefix}-{i}", WallFixture.CommuneOne, channel, "2026-11-23T08:00:00+07:00", "2026-11-26T17:00:00+07:00"))
        .ToArray();

    // As the follower does: the index holds the changes before they are published; then the pipeline's window passes.
    private void Publish(params DossierRow[] rows)
    {
        _index.Apply(rows.Select((row, i) => (_index.LastChange + 1 + i, row)).ToList());
        _changes.OnNext(rows);
        _scheduler.AdvanceBy(TimeSpan.FromMilliseconds(250));
        _time.Advance(TimeSpan.FromMilliseconds(250));
    }
}
