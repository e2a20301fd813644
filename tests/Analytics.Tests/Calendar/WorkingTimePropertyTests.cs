using IOC.Analytics.Calendar;
using IOC.Analytics.Time;

namespace IOC.Analytics.Tests.Calendar;

// Random instants over the shipped years and a little beyond, checked against a day-by-day reference computation.
public sealed class WorkingTimePropertyTests
{
    private const int Samples = 300;
    private static readonly DateTimeOffset RangeStart = Local.At(2024, 12, 20, 0);
    private static readonly DateTimeOffset RangeEnd = Local.At(2028, 1, 10, 0);
    private static readonly TimeOnly[] Boundaries = [new(7, 0), new(11, 30), new(13, 30), new(17, 0)];

    private readonly WorkingCalendar _calendar = CalendarData.ShippedCalendar();
    private readonly Random _random = new(20260213);

    [Fact]
    public void WorkingTimeBetween_RandomPairs_EqualsDayByDaySum()
    {
        for (var i = 0; i < Samples; i++)
        {
            var (a, b) = OrderedPair();
            Assert.True(ReferenceBetween(a, b) == _calendar.WorkingTimeBetween(a, b), $"{a:O} -> {b:O}");
            Assert.Equal(TimeSpan.Zero, _calendar.WorkingTimeBetween(b, a.AddTicks(-1)));
        }
    }

    [Fact]
    public void AddWorkingTime_TimeBetweenTwoInstants_LandsOnTheSecondOrTheNextWorkingMoment()
    {
        for (var i = 0; i < Samples; i++)
        {
            var (a, b) = OrderedPair();
            var landed = _calendar.AddWorkingTime(a, _calendar.WorkingTimeBetween(a, b));
            Assert.True(NextWorkingMoment(b) == landed, $"{a:O} -> {b:O} landed {landed:O}");
        }
    }

    [Fact]
    public void WorkingTimeBetween_AfterAddingWorkingTime_GivesTheAmountBack()
    {
        for (var i = 0; i < Samples; i++)
        {
            var from = Instant();
            var amount = TimeSpan.FromSeconds(_random.NextInt64((long)TimeSpan.FromHours(8 * 30).TotalSeconds));
            var landed = _calendar.AddWorkingTime(from, amount);
            Assert.True(amount == _calendar.WorkingTimeBetween(from, landed), $"{from:O} + {amount} landed {landed:O}");
            Assert.True(landed >= from);
        }
    }

    [Fact]
    public void WorkingTimeBetween_ThreeOrderedInstants_AddsUp()
    {
        for (var i = 0; i < Samples; i++)
        {
            var sorted = new[] { Instant(), Instant(), Instant() }.Order().ToArray();
            Assert.Equal(_calendar.WorkingTimeBetween(sorted[0], sorted[2]),
                _calendar.WorkingTimeBetween(sorted[0], sorted[1]) + _calendar.WorkingTimeBetween(sorted[1], sorted[2]));
        }
    }

    private (DateTimeOffset, DateTimeOffset) OrderedPair()
    {
        var (a, b) = (Instant(), Instant());
        return a <= b ? (a, b) : (b, a);
    }

    // A quarter of the instants sit exactly on a period boundary, where off-by-one mistakes live.
    private DateTimeOffset Instant()
    {
        var instant = RangeStart.AddSeconds(_random.NextInt64((long)(RangeEnd - RangeStart).TotalSeconds));
        return _random.Next(4) == 0 ? ProvinceTime.At(ProvinceTime.DateOf(instant), Boundaries[_random.Next(4)]) : instant;
    }

    private TimeSpan ReferenceBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        for (var date = ProvinceTime.DateOf(from); date <= ProvinceTime.DateOf(to); date = date.AddDays(1))
        {
            foreach (var (start, end) in Periods(date))
            {
                var overlap = Min(end, to) - Max(start, from);
                total += overlap > TimeSpan.Zero ? overlap : TimeSpan.Zero;
            }
        }
        return total;
    }

    private DateTimeOffset NextWorkingMoment(DateTimeOffset instant)
    {
        for (var date = ProvinceTime.DateOf(instant); ; date = date.AddDays(1))
        {
            foreach (var (start, end) in Periods(date))
            {
                if (instant < end)
                {
                    return Max(start, instant);
                }
            }
        }
    }

    private IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> Periods(DateOnly date)
    {
        if (_calendar.IsWorkingDay(date))
        {
            yield return (ProvinceTime.At(date, new(7, 0)), ProvinceTime.At(date, new(11, 30)));
            yield return (ProvinceTime.At(date, new(13, 30)), ProvinceTime.At(date, new(17, 0)));
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
