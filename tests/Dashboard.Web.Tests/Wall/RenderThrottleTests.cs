using IOC.Dashboard.Live;
using Microsoft.Extensions.Time.Testing;

namespace IOC.Dashboard.Tests.Wall;

public sealed class RenderThrottleTests
{
    private readonly FakeTimeProvider _time = new(WallFixture.Now);
    private int _renders;

    [Fact]
    public void Burst_WithinOneInterval_RendersOnceNowAndOnceAtTheEnd()
    {
        using var throttle = new RenderThrottle(_time, RenderThrottle.WallInterval, () => _renders++);

        for (var i = 0; i < 10; i++)
        {
            throttle.Request();
        }
        Assert.Equal(1, _renders);

        _time.Advance(RenderThrottle.WallInterval);
        Assert.Equal(2, _renders);
    }

    [Fact]
    public void Disposed_PendingRequest_NeverRenders()
    {
        var throttle = new RenderThrottle(_time, RenderThrottle.WallInterval, () => _renders++);
        throttle.Request();
        throttle.Request();

        throttle.Dispose();
        _time.Advance(RenderThrottle.WallInterval);

        Assert.Equal(1, _renders);
    }
}
