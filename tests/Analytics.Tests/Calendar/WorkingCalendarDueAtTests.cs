using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;

namespace IOC.Analytics.Tests.Calendar;

// An ordinary fortnight with no special day: Monday 09/03/2026 to Tuesday 17/03/2026.
public sealed class WorkingCalendarDueAtTests
{
    private readonly WorkingCalendar _calendar = CalendarData.ShippedCalendar();

    [Fact]
    public void DueAt_OneWorkingDayReceivedMonday0900_Tuesday0900()
    {
        Assert.Equal(Local.At(2026, 3, 10, 9), Due(Local.At(2026, 3, 9, 9), 1, DeadlineUnit.WorkingDays));
    }

    [Fact]
    public void DueAt_ReceivedBefore0700_ClockStartsAt0700()
    {
        Assert.Equal(Local.At(2026, 3, 9, 8), Due(Local.At(2026, 3, 9, 6), 1, DeadlineUnit.Hours));
        Assert.Equal(Local.At(2026, 3, 10, 7), Due(Local.At(2026, 3, 9, 6), 1, DeadlineUnit.WorkingDays));
    }

    [Fact]
    public void DueAt_ReceivedDuringLunch_ClockStartsAt1330()
    {
        Assert.Equal(Local.At(2026, 3, 9, 14, 30), Due(Local.At(2026, 3, 9, 12), 1, DeadlineUnit.Hours));
    }

    [Fact]
    public void DueAt_ReceivedFriday1800_ClockStartsMonday0700()
    {
        Assert.Equal(Local.At(2026, 3, 16, 8), Due(Local.At(2026, 3, 13, 18), 1, DeadlineUnit.Hours));
    }

    [Fact]
    public void DueAt_ThreeWorkingDaysFromThursday1000_SkipsTheWeekendToTuesday1000()
    {
        // Thu 10:00-17:00 = 1.5 h + 3.5 h = 5 h; Fri 8 h (13 h); Mon 8 h (21 h); Tue 07:00 + 3 h = 10:00 (24 h).
        Assert.Equal(Local.At(2026, 3, 17, 10), Due(Local.At(2026, 3, 12, 10), 3, DeadlineUnit.WorkingDays));
    }

    [Fact]
    public void DueAt_TwoHoursFrom1600_NextWorkingDay0800()
    {
        Assert.Equal(Local.At(2026, 3, 10, 8), Due(Local.At(2026, 3, 9, 16), 2, DeadlineUnit.Hours));
    }

    [Fact]
    public void DueAt_SevenDaysLandingOnSunday_MondayAtTheSameClockTime()
    {
        Assert.Equal(Local.At(2026, 3, 16, 15, 20), Due(Local.At(2026, 3, 8, 15, 20), 7, DeadlineUnit.Days));
    }

    [Fact]
    public void DueAt_DaysLandingOnWorkingDay_KeepsTheClockTimeEvenAfterHours()
    {
        Assert.Equal(Local.At(2026, 3, 13, 20), Due(Local.At(2026, 3, 10, 20), 3, DeadlineUnit.Days));
    }

    [Fact]
    public void DueAt_HalfWorkingDayFrom0900_FourWorkingHoursLater()
    {
        // 09:00-11:30 = 2.5 h, then 1.5 h from 13:30.
        Assert.Equal(Local.At(2026, 3, 9, 15), Due(Local.At(2026, 3, 9, 9), 0.5m, DeadlineUnit.WorkingDays));
    }

    [Fact]
    public void DueAt_OneWorkingDayFrom0700_NextWorkingDay0700NotThe1700Before()
    {
        Assert.Equal(Local.At(2026, 3, 10, 7), Due(Local.At(2026, 3, 9, 7), 1, DeadlineUnit.WorkingDays));
    }

    [Fact]
    public void DueAt_ReceivedInUtc_AnsweredInProvinceTime()
    {
        var due = Due(new DateTimeOffset(2026, 3, 9, 2, 0, 0, TimeSpan.Zero), 1, DeadlineUnit.WorkingDays);

        Assert.Equal(Local.At(2026, 3, 10, 9), due);
        Assert.Equal(TimeSpan.FromHours(7), due.Offset);
    }

    [Fact]
    public void DueAt_ProvinceWithShorterOfficeHours_WorkingDayIsOneOfficeDay()
    {
        var hours = new OfficeHours(new(7, 30), new(11, 30), new(13, 30), new(17, 0));
        var calendar = CalendarData.ShippedCalendar(hours);

        Assert.Equal(TimeSpan.FromHours(7.5), hours.WorkingDay);
        Assert.Equal(Local.At(2026, 3, 10, 9), calendar.DueAt(Local.At(2026, 3, 9, 9), new Deadline(1, DeadlineUnit.WorkingDays)));
        Assert.Equal(Local.At(2026, 3, 9, 8, 30), calendar.DueAt(Local.At(2026, 3, 9, 7), new Deadline(1, DeadlineUnit.Hours)));
    }

    [Fact]
    public void DueAt_UnknownUnit_Throws()
    {
        Assert.Throws<ArgumentException>(() => Due(Local.At(2026, 3, 9, 9), 1, "weeks"));
    }

    [Fact]
    public void DueAt_NegativeValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Due(Local.At(2026, 3, 9, 9), -1, DeadlineUnit.Hours));
    }

    private DateTimeOffset Due(DateTimeOffset receivedAt, decimal value, string unit) =>
        _calendar.DueAt(receivedAt, new Deadline(value, unit));
}
