using IOC.Analytics.Calendar;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Kpi;
using IOC.Analytics.Time;
using IOC.Dashboard.Charts;
using IOC.Dashboard.Figures;
using IOC.Dashboard.Tests.Wall;
using Microsoft.Extensions.Time.Testing;
using static IOC.Dashboard.Tests.Charts.ChartHistories;

namespace IOC.Dashboard.Tests.Charts;

public sealed class HourlyReceiptsTests
{
    private static readonly DateTimeOffset Now = ChartHistories.At("2026-11-23T10:15:00+07:00");
    private static readonly HashSet<string> Province = WallFixture.Catalog.Subtree(WallFixture.Province).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void UpTo_ReceiptsRefusalsAndOtherDays_CountsReceivedPerProvinceHourUpToNow()
    {
        var index = Index(
            Received("A", WallFixture.CommuneOne, Channel.Online, "2026-11-23T08:00:00+07:00"),
            Received("B", WallFixture.CommuneTwo, Channel.Direct, "2026-11-23T08:59:59+07:00"),
            // 02:30 UTC is 09:30 in the province.
            Received("C", WallFixture.Department, Channel.Postal, "2026-11-23T02:30:00+00:00"),
            Received("D", WallFixture.CommuneOne, Channel.Direct, "2026-11-22T23:59:00+07:00"),
            RefusedAtReception("E", WallFixture.CommuneOne, "2026-11-23T08:30:00+07:00"));

        var today = Today(index, WallFixture.Province);

        Assert.Equal(24, today.Count);
        Assert.Equal(2, today[8]);
        Assert.Equal(1, today[9]);
        Assert.Equal(0, today[10]);
        Assert.All(today.Take(8), count => Assert.Equal(0, count));
        Assert.All(today.Skip(11), count => Assert.Null(count));
    }

    [Fact]
    public void UpTo_OneUnit_CountsOnlyItsSubtree()
    {
        var index = Index(
            Received("A", WallFixture.CommuneOne, Channel.Online, "2026-11-23T08:00:00+07:00"),
            Received("B", WallFixture.CommuneTwo, Channel.Direct, "2026-11-23T08:10:00+07:00"));

        var today = Today(index, WallFixture.CommuneTwo);

        Assert.Equal(1, today[8]);
    }

    [Fact]
    public void WorkingDaysBefore_AfterTheAprilHolidays_SkipsWeekendsHolidaysAndTheDayOff()
    {
        // Mon 04/05/2026: 30/04 and 01/05 are holidays, 02-03/05 the weekend, 27/04 the Hùng Kings day off, 25-26/04 the weekend.
        var days = HourlyReceipts.WorkingDaysBefore(new DateOnly(2026, 5, 4), CalendarData.ShippedCalendar(), 4);

        Assert.Equal([new DateOnly(2026, 4, 29), new DateOnly(2026, 4, 28), new DateOnly(2026, 4, 24), new DateOnly(2026, 4, 23)], days);
    }

    [Fact]
    public void TypicalDay_TwoWorkingDays_IsTheMeanPerHourOfThoseDaysOnly()
    {
        var index = Index(
            Received("A", WallFixture.CommuneOne, Channel.Online, "2026-11-20T08:05:00+07:00"),
            Received("B", WallFixture.CommuneOne, Channel.Direct, "2026-11-20T08:40:00+07:00"),
            Received("C", WallFixture.CommuneTwo, Channel.Direct, "2026-11-19T08:15:00+07:00"),
            Received("D", WallFixture.CommuneTwo, Channel.Online, "2026-11-19T14:00:00+07:00"),
            // A Saturday and today are not among the days.
            Received("E", WallFixture.CommuneOne, Channel.Online, "2026-11-21T08:00:00+07:00"),
            Received("F", WallFixture.CommuneOne, Channel.Online, "2026-11-23T08:00:00+07:00"));

        var typical = HourlyReceipts.TypicalDay(index, Province, [new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 19)]);

        Assert.Equal(24, typical.Count);
        Assert.Equal(1.5, typical[8]);
        Assert.Equal(0.5, typical[14]);
        Assert.Equal(2.0, typical.Sum());
    }

    [Fact]
    public void TypicalDay_NoDays_IsZeroEveryHour()
    {
        var typical = HourlyReceipts.TypicalDay(Index(), Province, []);

        Assert.Equal(new double[24], typical);
    }

    // What the wall shows: the unit's receipts per hour of today, as the figures service counts them, up to now.
    private static IReadOnlyList<int?> Today(FactsIndex index, string unit)
    {
        using var figures = new UnitFigures(index, new FakeTimeProvider(Now));
        return HourlyReceipts.UpTo(figures.ReceivedPerHour(WallFixture.Catalog, WallFixture.Catalog.Unit(unit)!, ProvinceTime.DateOf(Now)), Now);
    }
}
