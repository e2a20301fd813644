using IOC.Analytics.Calendar;
using IOC.Dashboard.Live.Notable;
using IOC.Dashboard.Tests.Wall;
using static IOC.Dashboard.Tests.Notable.NotableRows;

namespace IOC.Dashboard.Tests.Notable;

public sealed class LateResolutionRuleTests
{
    private static readonly DateTimeOffset Now = At("2026-11-23T10:00:00+07:00");
    private readonly LateResolutionRule _rule = new(() => CalendarData.ShippedCalendar());

    [Fact]
    public void Find_ResolvedLateInTheLastHour_ReportsDaysLateWithTheCatalogueNames()
    {
        var found = _rule.Find([Resolved("HS-1", "2026-11-20T17:00:00+07:00", "2026-11-23T09:30:00+07:00", "Late")], WallFixture.Catalog, Now);

        // Due Friday 20/11, resolved Monday 23/11: the weekend is off, so one working day late.
        var late = Assert.Single(found);
        Assert.Equal(new LateResolution(At("2026-11-23T09:30:00+07:00"), "HS-1", WallFixture.CommuneOne, "Xã Một", "Khai sinh", 1), late);
    }

    [Fact]
    public void Find_DossierChangesAgainLater_ReportsItOnce()
    {
        var resolved = Resolved("HS-1", "2026-11-20T17:00:00+07:00", "2026-11-23T09:30:00+07:00", "Late");
        _rule.Find([resolved], WallFixture.Catalog, Now);

        var again = _rule.Find([resolved with { Rating = "satisfied" }], WallFixture.Catalog, Now.AddMinutes(5));

        Assert.Empty(again);
    }

    [Theory]
    [InlineData("Early")]
    [InlineData("OnTime")]
    public void Find_ResolvedInTime_ReportsNothing(string timeliness)
    {
        var found = _rule.Find([Resolved("HS-1", "2026-11-24T17:00:00+07:00", "2026-11-23T09:30:00+07:00", timeliness)], WallFixture.Catalog, Now);

        Assert.Empty(found);
    }

    [Fact]
    public void Find_ResolvedLateMoreThanAnHourAgo_IsHistoryNotNews()
    {
        var found = _rule.Find([Resolved("HS-1", "2026-11-20T17:00:00+07:00", "2026-11-23T08:59:00+07:00", "Late")], WallFixture.Catalog, Now);

        Assert.Empty(found);
    }

    [Fact]
    public void Find_OpenDossier_ReportsNothing()
    {
        var found = _rule.Find([Received("HS-1", Now.AddMinutes(-5))], WallFixture.Catalog, Now);

        Assert.Empty(found);
    }

    [Fact]
    public void DaysLate_SupplementMovedTheDueDate_CountsWorkingDaysFromTheMovedDate()
    {
        // Due moved to Saturday 21/11, resolved Monday 23/11: Sunday is off, so Monday is the one working day late.
        var row = Resolved("HS-1", "2026-11-18T17:00:00+07:00", "2026-11-23T09:30:00+07:00", "Late", effectiveDueAt: "2026-11-21T10:00:00+07:00");

        Assert.Equal(1, LateResolutionRule.DaysLate(row, CalendarData.ShippedCalendar()));
    }
}
