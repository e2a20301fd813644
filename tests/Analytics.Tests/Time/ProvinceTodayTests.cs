using IOC.Analytics.Time;
using IOC.Testing;

namespace IOC.Analytics.Tests.Time;

/// <summary>The stamp tests give events posted "just now": on now's province date, never after now.</summary>
public sealed class ProvinceTodayTests
{
    [Fact]
    public void Stamp_HalfAMinuteAfterTheProvincesMidnight_IsThatMidnight()
    {
        var now = new DateTimeOffset(2026, 12, 3, 17, 0, 30, TimeSpan.Zero);

        var stamp = ProvinceToday.Stamp(now);

        Assert.Equal(new DateOnly(2026, 12, 4), ProvinceTime.DateOf(stamp));
        Assert.Equal(ProvinceTime.StartOf(new DateOnly(2026, 12, 4)), stamp);
        Assert.True(stamp <= now);
    }

    [Fact]
    public void Stamp_AtTheProvincesMidnight_IsNow()
    {
        var now = ProvinceTime.StartOf(new DateOnly(2026, 12, 4));

        Assert.Equal(now, ProvinceToday.Stamp(now));
    }

    [Fact]
    public void Stamp_OrdinaryTime_IsAMinuteBeforeAtTheProvinceOffset()
    {
        var now = new DateTimeOffset(2026, 12, 3, 3, 15, 0, TimeSpan.Zero);

        var stamp = ProvinceToday.Stamp(now);

        Assert.Equal(now.AddMinutes(-1), stamp);
        Assert.Equal(ProvinceTime.Offset, stamp.Offset);
    }
}
