using IOC.Analytics.Influx;

namespace IOC.Analytics.Tests.Influx;

public sealed class RetryDelayTests
{
    private static readonly TimeSpan Initial = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(1);

    [Theory]
    [InlineData(1, 50, 100)]
    [InlineData(2, 100, 200)]
    [InlineData(3, 200, 400)]
    [InlineData(4, 400, 800)]
    [InlineData(5, 500, 1000)]
    [InlineData(1000, 500, 1000)]
    public void Next_NoRetryAfter_DoublesPerFailureWithJitterUpToTheCap(int failures, int lowestMs, int highestMs)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(lowestMs), new RetryDelay(Initial, Max, () => 0.0).Next(failures, null));
        Assert.Equal(TimeSpan.FromMilliseconds(highestMs), new RetryDelay(Initial, Max, () => 1.0).Next(failures, null));
    }

    [Fact]
    public void Next_RetryAfterWithinTheCap_WaitsExactlyThatLong()
    {
        var delay = new RetryDelay(Initial, TimeSpan.FromSeconds(30), () => 0.5);

        Assert.Equal(TimeSpan.FromSeconds(7), delay.Next(1, TimeSpan.FromSeconds(7)));
    }

    [Fact]
    public void Next_RetryAfterBeyondTheCapOrInThePast_IsClamped()
    {
        var delay = new RetryDelay(Initial, Max, () => 0.5);

        Assert.Equal(Max, delay.Next(1, TimeSpan.FromHours(2)));
        Assert.Equal(TimeSpan.Zero, delay.Next(1, TimeSpan.FromSeconds(-5)));
    }
}
