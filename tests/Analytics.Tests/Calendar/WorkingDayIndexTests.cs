using IOC.Analytics.Calendar;

namespace IOC.Analytics.Tests.Calendar;

public sealed class WorkingDayIndexTests
{
    private static readonly DateOnly First = new(2030, 1, 1);

    [Fact]
    public void WorkingDayAt_RandomSpecialDays_InvertsTheCountForEveryDay()
    {
        // Many more worked weekends than a real calendar has, so the running correction goes both ways.
        var random = new Random(2030);
        var days = Enumerable.Range(0, 730)
            .Where(_ => random.Next(5) == 0)
            .Select(offset => First.AddDays(offset))
            .Select(date => new CalendarDay(date, random.Next(2) == 0 ? CalendarDayKind.Working : CalendarDayKind.DayOff, "test"))
            .ToList();
        var index = new WorkingDayIndex(days);
        var special = days.ToDictionary(d => d.Date, d => d.IsWorking);

        var count = index.WorkingDaysBefore(First.DayNumber);
        for (var date = First; date < First.AddDays(730); date = date.AddDays(1))
        {
            var working = special.TryGetValue(date, out var listed) ? listed : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            Assert.Equal(working, index.IsWorking(date.DayNumber));
            Assert.Equal(count, index.WorkingDaysBefore(date.DayNumber));
            if (working)
            {
                Assert.Equal(date.DayNumber, index.WorkingDayAt(count));
                count++;
            }
        }
    }

    [Fact]
    public void WorkingDayAt_NoSpecialDays_MondayAfterTheWeekend()
    {
        var index = new WorkingDayIndex([]);
        var saturday = new DateOnly(2030, 1, 5);

        Assert.Equal(new DateOnly(2030, 1, 7).DayNumber, index.WorkingDayAt(index.WorkingDaysBefore(saturday.DayNumber)));
    }
}
