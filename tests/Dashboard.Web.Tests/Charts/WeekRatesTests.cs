using IOC.Analytics.Dossiers;
using IOC.Analytics.Time;
using IOC.Dashboard.Charts;
using IOC.Dashboard.Tests.Wall;
using static IOC.Dashboard.Tests.Charts.ChartHistories;

namespace IOC.Dashboard.Tests.Charts;

public sealed class WeekRatesTests
{
    private static readonly DateTimeOffset Now = ChartHistories.At("2026-11-23T10:00:00+07:00");

    [Fact]
    public void WeeksOfYear_MondayOfWeek48_AreIsoWeeksOneToFortyEightFromTheMondayBeforeNewYear()
    {
        var weeks = WeekRates.WeeksOfYear(new DateOnly(2026, 11, 23));

        Assert.Equal(48, weeks.Count);
        Assert.Equal((1, new Period(new DateOnly(2025, 12, 29), new DateOnly(2026, 1, 4))), weeks[0]);
        Assert.Equal((48, new Period(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29))), weeks[^1]);
    }

    [Fact]
    public void WeeksOfYear_DecemberDayOfNextIsoYear_IsItsWeekOne()
    {
        // Thu 31/12/2026 lies in ISO week 53 of 2026; Mon 28/12/2026 too.
        var weeks = WeekRates.WeeksOfYear(new DateOnly(2026, 12, 31));

        Assert.Equal(53, weeks.Count);
    }

    [Fact]
    public void Count_WeekWithReceiptsAndResolutions_GivesOnlineRatioAndReportFormOverdueRate()
    {
        var index = Index(
            // Week 47 (16–22/11): three received, one online; two resolved in it, one after its due date.
            Received("A", WallFixture.CommuneOne, Channel.Online, "2026-11-16T08:00:00+07:00", "2026-11-17T09:00:00+07:00"),
            Received("B", WallFixture.CommuneOne, Channel.Direct, "2026-11-17T08:00:00+07:00"),
            Received("C", WallFixture.CommuneTwo, Channel.Postal, "2026-11-18T08:00:00+07:00"),
            ResolvedLate("D", WallFixture.Department, Channel.Online, "2026-11-09T08:00:00+07:00", "2026-11-12T17:00:00+07:00",
                "2026-11-19T10:00:00+07:00"));
        var week47 = new Period(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22));
        var province = WallFixture.Catalog.Unit(WallFixture.Province)!;

        var rates = WeekRates.Count(index, WallFixture.Catalog, province, 47, week47, Now);

        Assert.Equal(1.0 / 3, rates.OnlineRatio);
        Assert.Equal(0.5, rates.OverdueRate);
    }

    [Fact]
    public void Count_EmptyWeek_HasNoRatesRatherThanZero()
    {
        var week = new Period(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 8));
        var province = WallFixture.Catalog.Unit(WallFixture.Province)!;

        var rates = WeekRates.Count(Index(), WallFixture.Catalog, province, 10, week, Now);

        Assert.Null(rates.OnlineRatio);
        Assert.Null(rates.OverdueRate);
    }
}
