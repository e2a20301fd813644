using IOC.Analytics.Kpi;
using IOC.Ingestion.Live;

namespace IOC.Ingestion.Tests.Publishing;

/// <summary>The publisher's drop-to-latest buffer: the newest document per unit, and a wake-up when one arrives.</summary>
public sealed class LatestPerUnitTests
{
    [Fact]
    public void TakeAll_SameUnitTwice_KeepsTheNewest()
    {
        var pending = new LatestPerUnit();
        pending.Put(Document("A", 1));
        pending.Put(Document("B", 1));
        pending.Put(Document("A", 2));

        var taken = pending.TakeAll().OrderBy(d => d.Unit, StringComparer.Ordinal).ToList();

        Assert.Equal(["A", "B"], taken.Select(d => d.Unit));
        Assert.Equal(2, taken[0].Received.Total);
        Assert.Equal(0, pending.Count);
    }

    [Fact]
    public void Put_OlderThanTheOneHeld_KeepsTheNewer()
    {
        var pending = new LatestPerUnit();
        pending.Put(Document("A", 2) with { AsOf = DateTimeOffset.UnixEpoch.AddSeconds(2) });

        pending.Put(Document("A", 1) with { AsOf = DateTimeOffset.UnixEpoch.AddSeconds(1) });

        Assert.Equal(2, Assert.Single(pending.TakeAll()).Received.Total);
    }

    [Fact]
    public void Return_AfterANewerPut_KeepsTheNewer()
    {
        var pending = new LatestPerUnit();
        pending.Put(Document("A", 1));
        var failed = pending.TakeAll();
        pending.Put(Document("A", 2));

        pending.Return(failed);

        Assert.Equal(2, Assert.Single(pending.TakeAll()).Received.Total);
    }

    [Fact]
    public async Task WaitAsync_DocumentPut_WakesAtOnce()
    {
        var pending = new LatestPerUnit();
        var waiting = pending.WaitAsync(TimeSpan.FromMinutes(5), CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        pending.Put(Document("A", 1));

        Assert.True(await waiting.WaitAsync(TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task WaitAsync_NothingPutSinceTheLastWait_TimesOut()
    {
        var pending = new LatestPerUnit();
        pending.Put(Document("A", 1));
        pending.Put(Document("B", 1));
        Assert.True(await pending.WaitAsync(TimeSpan.Zero, CancellationToken.None));

        Assert.False(await pending.WaitAsync(TimeSpan.FromMilliseconds(50), CancellationToken.None));
    }

    private static KpiDocument Document(string unit, int received) => new(
        unit, unit, "2026-11-26", "2026-11-26",
        new KpiDocument.ReceivedPart(received, 0, received, 0), 0,
        new KpiDocument.ResolvedPart(0, 0, 0, 0),
        new KpiDocument.InProcessPart(received, received, 0), 0, 0,
        0, null, null, null, 0, null, null, null, null,
        new KpiDocument.ServicesPart(1, 0, 1, 0, null),
        KpiDocument.NoDetails,
        DateTimeOffset.UnixEpoch);
}
