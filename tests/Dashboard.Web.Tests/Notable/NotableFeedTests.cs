using IOC.Dashboard.Live.Notable;
using IOC.Dashboard.Tests.Wall;
using Microsoft.Extensions.Logging.Abstractions;

namespace IOC.Dashboard.Tests.Notable;

public sealed class NotableFeedTests
{
    private static readonly DateTimeOffset Now = NotableRows.At("2026-11-23T10:00:00+07:00");
    private readonly NotableFeed _feed = new(NullLogger<NotableFeed>.Instance);

    [Fact]
    public void Add_MoreThanTheCapacity_KeepsTheNewestFirst()
    {
        for (var i = 0; i < NotableFeed.Capacity + 5; i++)
        {
            _feed.Add(Late(i));
        }

        var latest = _feed.Latest;
        Assert.Equal(NotableFeed.Capacity, latest.Count);
        Assert.Equal($"HS-{NotableFeed.Capacity + 4}", ((LateResolution)latest[0]).DossierCode);
        Assert.Equal("HS-5", ((LateResolution)latest[^1]).DossierCode);
    }

    [Fact]
    public void Add_Watchers_AreToldUntilDisposed()
    {
        var heard = new List<NotableEvent>();
        var subscription = _feed.Subscribe(heard.Add);
        _feed.Subscribe(_ => throw new InvalidOperationException("a broken circuit"));

        _feed.Add(Late(1));
        subscription.Dispose();
        _feed.Add(Late(2));

        Assert.Equal([Late(1)], heard);
        Assert.Equal(1, _feed.SubscriberCount);
    }

    private static LateResolution Late(int i) => new(Now.AddMinutes(i), $"HS-{i}", WallFixture.CommuneOne, "Xã Một", "Khai sinh", 1);
}
