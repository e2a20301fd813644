using IOC.Analytics.Calendar;
using IOC.Analytics.Dossiers;
using IOC.Dashboard.Charts;
using IOC.Dashboard.Tests.Wall;
using static IOC.Dashboard.Tests.Charts.ChartHistories;

namespace IOC.Dashboard.Tests.Charts;

public sealed class ChartHistoryTests
{
    private static readonly DateTimeOffset Now = ChartHistories.At("2026-11-23T10:00:00+07:00");

    private static IWorkingCalendar Calendar() => CalendarData.ShippedCalendar();

    [Fact]
    public void For_MondayOfWeek48_HoldsTheFortySevenPastWeeksAndTheTypicalDayOfTenWorkingDays()
    {
        var index = Index(Received("A", WallFixture.CommuneOne, Channel.Online, "2026-11-20T08:00:00+07:00"));
        var history = new ChartHistory(index, Calendar);

        var province = history.For(WallFixture.Catalog, WallFixture.Catalog.Unit(WallFixture.Province)!, Now);

        Assert.Equal(Enumerable.Range(1, 47), province.PastWeeks.Select(w => w.Week));
        Assert.Equal(1.0, province.PastWeeks[^1].OnlineRatio);
        Assert.Equal(10, province.TypicalDays.Count);
        Assert.Equal(0.1, province.TypicalDay[8]);
    }

    [Fact]
    public void For_HistoryChangedSoonAfter_KeepsTheCountedOneUntilRecountAfterHasPassed()
    {
        var index = Index(Received("A", WallFixture.CommuneOne, Channel.Online, "2026-11-20T08:00:00+07:00"));
        var history = new ChartHistory(index, Calendar);
        var province = WallFixture.Catalog.Unit(WallFixture.Province)!;
        var first = history.For(WallFixture.Catalog, province, Now);

        // A backfill adds a direct dossier to week 47.
        index.Apply([(2, Received("B", WallFixture.CommuneTwo, Channel.Direct, "2026-11-19T08:00:00+07:00"))]);

        Assert.Same(first, history.For(WallFixture.Catalog, province, Now + ChartHistory.RecountAfter - TimeSpan.FromSeconds(1)));
        var recounted = history.For(WallFixture.Catalog, province, Now + ChartHistory.RecountAfter);
        Assert.Equal(0.5, recounted.PastWeeks[^1].OnlineRatio);
    }
}
