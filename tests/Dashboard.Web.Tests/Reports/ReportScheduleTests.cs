using IOC.Analytics.Time;
using IOC.Dashboard.Reports;

namespace IOC.Dashboard.Tests.Reports;

/// <summary>When reports are due, on hand-picked instants of province time (UTC+07:00).</summary>
public sealed class ReportScheduleTests
{
    [Fact]
    public void MondayBeforeSeven_LastWeekIsNotDueYet()
    {
        var due = Codes("2026-11-30T06:59:00+07:00");

        Assert.DoesNotContain("2026-W48", due);
        Assert.Equal("2026-W47", due[0]);
    }

    [Fact]
    public void MondayAtSeven_LastWeekIsDue_WithTheSevenBefore()
    {
        var due = Codes("2026-11-30T07:00:00+07:00");

        Assert.Equal(["2026-W48", "2026-W47", "2026-W46", "2026-W45", "2026-W44", "2026-W43", "2026-W42", "2026-W41"],
            due.Where(code => code.Contains('W')));
    }

    [Fact]
    public void AfterAWeekDown_TheStartUpStillMakesTheMissedMondays()
    {
        // Down from Sunday 22/11 to Thursday 3/12: the Mondays 23/11 and 30/11 passed without the service.
        var due = Codes("2026-12-03T10:00:00+07:00");

        Assert.Contains("2026-W47", due);
        Assert.Contains("2026-W48", due);
    }

    [Theory]
    [InlineData("2026-11-15T06:59:00+07:00", "2026-10c")]
    [InlineData("2026-11-15T07:00:00+07:00", "2026-11c")]
    public void CutOffMonth_IsDueOnThe15thAtSeven(string now, string newest) =>
        Assert.Equal(newest, Codes(now).First(code => code.EndsWith('c')));

    [Theory]
    [InlineData("2026-12-01T06:59:00+07:00", "2026-10")]
    [InlineData("2026-12-01T07:00:00+07:00", "2026-11")]
    public void CalendarMonth_IsDueOnThe1stAtSeven(string now, string newest) =>
        Assert.Equal(newest, Codes(now).First(code => code.Length == 7 && !code.Contains('W')));

    [Fact]
    public void ARunningPeriod_IsNeverDue()
    {
        var now = DateTimeOffset.Parse("2026-12-04T10:00:00+07:00");

        Assert.All(ReportSchedule.Due(now), period => Assert.True(period.Period.HasEnded(now), period.Code));
        Assert.Equal(ReportSchedule.Weeks + 2 * ReportSchedule.Months, ReportSchedule.Due(now).Count);
    }

    private static List<string> Codes(string now) =>
        ReportSchedule.Due(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)).Select(period => period.Code).ToList();
}
