using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;

namespace IOC.Analytics.Tests.Calendar;

public sealed class ShippedCalendarTests
{
    private readonly WorkingCalendar _calendar = CalendarData.ShippedCalendar();

    [Fact]
    public void ShippedYears_2025To2027_OnlyTheLastProvisional()
    {
        Assert.Equal([2025, 2026, 2027], CalendarData.ShippedYears.Select(y => y.Year));
        Assert.False(_calendar.IsProvisional(2025));
        Assert.False(_calendar.IsProvisional(2026));
        Assert.True(_calendar.IsProvisional(2027));
        Assert.True(_calendar.IsProvisional(2030));
        Assert.Equal(3, _calendar.Version);
    }

    [Fact]
    public void DueAt_TwoWorkingDaysFromFriday1000BeforeTet2026_SkipsTheBreakToTuesday24th1000()
    {
        // Fri 13/02 10:00-17:00 = 5 h; 14-22/02 off; Mon 23/02 8 h (13 h); Tue 24/02 07:00 + 3 h = 10:00 (16 h).
        Assert.Equal(Local.At(2026, 2, 24, 10), Due(Local.At(2026, 2, 13, 10), 2, DeadlineUnit.WorkingDays));
    }

    [Fact]
    public void DueAt_ReceivedDuringTet2026_ClockStartsMonday23rd0700()
    {
        Assert.Equal(Local.At(2026, 2, 24, 7), Due(Local.At(2026, 2, 17, 10), 1, DeadlineUnit.WorkingDays));
    }

    [Fact]
    public void DueAt_SevenDaysLandingInTet2026_FirstWorkingDayAfterAtTheSameClockTime()
    {
        Assert.Equal(Local.At(2026, 2, 23, 9, 45), Due(Local.At(2026, 2, 9, 9, 45), 7, DeadlineUnit.Days));
    }

    [Fact]
    public void IsWorkingDay_Tet2025_OffFrom25JanuaryTo2February()
    {
        Assert.True(_calendar.IsWorkingDay(new(2025, 1, 24)));
        Assert.All(Dates(new(2025, 1, 25), new(2025, 2, 2)), d => Assert.False(_calendar.IsWorkingDay(d)));
        Assert.True(_calendar.IsWorkingDay(new(2025, 2, 3)));
    }

    [Fact]
    public void IsWorkingDay_MakeUpSaturday26April2025_WorkingAndFriday2MayOff()
    {
        Assert.True(_calendar.IsWorkingDay(new(2025, 4, 26)));
        Assert.All(Dates(new(2025, 4, 30), new(2025, 5, 4)), d => Assert.False(_calendar.IsWorkingDay(d)));
    }

    [Fact]
    public void DueAt_TwoHoursFromFriday1600BeforeMakeUpSaturday_Saturday0800()
    {
        Assert.Equal(Local.At(2025, 4, 26, 8), Due(Local.At(2025, 4, 25, 16), 2, DeadlineUnit.Hours));
    }

    [Fact]
    public void DueAt_HungKings2026OnSundayWithMondayOff_SkipsToTuesday()
    {
        Assert.False(_calendar.IsWorkingDay(new(2026, 4, 26)));
        Assert.False(_calendar.IsWorkingDay(new(2026, 4, 27)));
        Assert.Equal(Local.At(2026, 4, 28, 16), Due(Local.At(2026, 4, 24, 16), 1, DeadlineUnit.WorkingDays));
    }

    [Fact]
    public void IsWorkingDay_NationalDay2026_OffFrom29AugustTo2SeptemberWithSaturday22AugustWorked()
    {
        Assert.True(_calendar.IsWorkingDay(new(2026, 8, 22)));
        Assert.All(Dates(new(2026, 8, 29), new(2026, 9, 2)), d => Assert.False(_calendar.IsWorkingDay(d)));
        Assert.Equal(Local.At(2026, 9, 3, 10), Due(Local.At(2026, 8, 28, 10), 1, DeadlineUnit.WorkingDays));
    }

    [Fact]
    public void IsWorkingDay_NationalDay2025_OffFrom30AugustTo2September()
    {
        Assert.All(Dates(new(2025, 8, 30), new(2025, 9, 2)), d => Assert.False(_calendar.IsWorkingDay(d)));
        Assert.True(_calendar.IsWorkingDay(new(2025, 9, 3)));
    }

    [Fact]
    public void IsWorkingDay_NewYear2026_Friday2JanuaryOffAndSaturday10JanuaryWorked()
    {
        Assert.False(_calendar.IsWorkingDay(new(2026, 1, 1)));
        Assert.False(_calendar.IsWorkingDay(new(2026, 1, 2)));
        Assert.True(_calendar.IsWorkingDay(new(2026, 1, 10)));
    }

    [Fact]
    public void IsWorkingDay_ProvisionalTet2027_WeekendTetDaysGiveWednesdayAndThursdayOff()
    {
        Assert.All(Dates(new(2027, 2, 5), new(2027, 2, 11)), d => Assert.False(_calendar.IsWorkingDay(d)));
        Assert.True(_calendar.IsWorkingDay(new(2027, 2, 12)));
        Assert.False(_calendar.IsWorkingDay(new(2027, 4, 16)));
        Assert.False(_calendar.IsWorkingDay(new(2027, 5, 3)));
    }

    [Fact]
    public void IsWorkingDay_EveryDayOfTheShippedYears_WeekdayRuleUnlessListed()
    {
        var listed = CalendarData.ShippedYears.SelectMany(y => y.Days).ToDictionary(d => d.Date);
        foreach (var date in Dates(new(2024, 12, 1), new(2028, 1, 31)))
        {
            var expected = listed.TryGetValue(date, out var day)
                ? day.IsWorking
                : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            Assert.True(expected == _calendar.IsWorkingDay(date), $"{date:yyyy-MM-dd}");
        }
    }

    private DateTimeOffset Due(DateTimeOffset receivedAt, decimal value, string unit) =>
        _calendar.DueAt(receivedAt, new Deadline(value, unit));

    private static IEnumerable<DateOnly> Dates(DateOnly from, DateOnly to)
    {
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            yield return date;
        }
    }
}
