using IOC.Analytics.Catalog;
using IOC.Analytics.Time;
using IOC.Ingestion.Simulator;

namespace IOC.Ingestion.Tests.Simulator;

public sealed class WeekdayWorkingCalendarTests
{
    private static readonly WeekdayWorkingCalendar Calendar = WeekdayWorkingCalendar.Instance;

    [Theory]
    [InlineData("2026-03-06 16:30", 1, DeadlineUnit.WorkingDays, "2026-03-09 16:30")]
    [InlineData("2026-03-04 12:00", 2, DeadlineUnit.Hours, "2026-03-04 15:30")]
    [InlineData("2026-03-04 18:00", 4, DeadlineUnit.Hours, "2026-03-05 11:00")]
    [InlineData("2026-03-07 10:00", 10, DeadlineUnit.Days, "2026-03-19 07:00")]
    [InlineData("2026-03-02 09:00", 5, DeadlineUnit.Days, "2026-03-09 09:00")]
    public void DueAt_ReceiptOutsideOrInsideHours_FollowsTheDomainRules(string received, int value, string unit, string expected)
    {
        var due = Calendar.DueAt(At(received), new Deadline(value, unit));

        Assert.Equal(At(expected), due);
    }

    [Fact]
    public void WorkingTimeBetween_OverAWeekend_CountsOnlyOfficeHours()
    {
        Assert.Equal(TimeSpan.FromHours(2), Calendar.WorkingTimeBetween(At("2026-03-06 16:00"), At("2026-03-09 08:00")));
    }

    [Fact]
    public void AddWorkingTime_ThenWorkingTimeBetween_GivesTheAmountBack()
    {
        var from = At("2026-03-03 10:15");

        var to = Calendar.AddWorkingTime(from, TimeSpan.FromHours(29.5));

        Assert.Equal(TimeSpan.FromHours(29.5), Calendar.WorkingTimeBetween(from, to));
        Assert.True(Calendar.IsOfficeHours(to.AddMinutes(-1)));
    }

    private static DateTimeOffset At(string text) =>
        ProvinceTime.At(DateOnly.Parse(text[..10], System.Globalization.CultureInfo.InvariantCulture),
            TimeOnly.Parse(text[11..], System.Globalization.CultureInfo.InvariantCulture));
}
