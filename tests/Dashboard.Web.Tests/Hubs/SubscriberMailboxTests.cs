using IOC.Analytics.Kpi;
using IOC.Dashboard.Hubs;

namespace IOC.Dashboard.Tests.Hubs;

/// <summary>The mailbox's rules, without a server: drop-to-latest per unit, and the snapshot never after a change.</summary>
public sealed class SubscriberMailboxTests
{
    private const string Province = "000.00.00.T01";
    private const string Commune = "000.01.01.T01";

    [Fact]
    public void Deliver_ManyOfOneUnit_KeepsOnlyTheLatest()
    {
        var mailbox = new SubscriberMailbox();
        mailbox.Follow(Province);

        for (var sequence = 1; sequence <= 1_000; sequence++)
        {
            mailbox.Deliver(Document(Province, sequence));
        }

        Assert.Equal([1_000], mailbox.TakeAll().Select(Sequence));
        Assert.Equal(999, mailbox.Superseded);
    }

    [Fact]
    public void Deliver_UnitNotFollowed_IsNotKept()
    {
        var mailbox = new SubscriberMailbox();
        mailbox.Follow(Province);

        mailbox.Deliver(Document(Commune, 1));

        Assert.Empty(mailbox.TakeAll());
    }

    [Fact]
    public void Offer_NoPublicationSinceFollow_SnapshotIsSent()
    {
        var mailbox = new SubscriberMailbox();
        mailbox.Follow(Province);

        mailbox.Offer(Document(Province, 0));

        Assert.Equal([0], mailbox.TakeAll().Select(Sequence));
    }

    [Fact]
    public void Offer_PublicationArrivedSinceFollow_SnapshotGivesWay()
    {
        var mailbox = new SubscriberMailbox();
        mailbox.Follow(Province);
        mailbox.Deliver(Document(Province, 7));

        mailbox.Offer(Document(Province, 6));

        Assert.Equal([7], mailbox.TakeAll().Select(Sequence));
    }

    [Fact]
    public void Offer_PublicationAlreadySentSinceFollow_SnapshotIsNotSentAfterIt()
    {
        var mailbox = new SubscriberMailbox();
        mailbox.Follow(Province);
        mailbox.Deliver(Document(Province, 7));
        mailbox.TakeAll();

        mailbox.Offer(Document(Province, 6));

        Assert.Empty(mailbox.TakeAll());
    }

    [Fact]
    public void Unfollow_DropsWhatWaitsAndLaterPublications()
    {
        var mailbox = new SubscriberMailbox();
        mailbox.Follow(Province);
        mailbox.Follow(Commune);
        mailbox.Deliver(Document(Commune, 1));

        mailbox.Unfollow(Commune);
        mailbox.Deliver(Document(Commune, 2));

        Assert.Empty(mailbox.TakeAll());
        Assert.Equal(1, mailbox.Followed);
    }

    [Fact]
    public async Task WaitAsync_Delivered_WakesUp_Closed_ReturnsFalse()
    {
        var mailbox = new SubscriberMailbox();
        mailbox.Follow(Province);
        mailbox.Deliver(Document(Province, 1));

        Assert.True(await mailbox.WaitAsync(CancellationToken.None));
        mailbox.Close();
        Assert.False(await mailbox.WaitAsync(CancellationToken.None));
    }

    private static int Sequence(KpiDocument document) => document.Received.Total;

    private static KpiDocument Document(string unit, int sequence) => new(
        unit, unit, "2026-11-26", "2026-11-26", new KpiDocument.ReceivedPart(sequence, 0, sequence, 0), 0,
        new KpiDocument.ResolvedPart(0, 0, 0, 0), new KpiDocument.InProcessPart(0, 0, 0), 0, 0,
        null, null, null, null, null, null, null, null, null, new KpiDocument.ServicesPart(0, 0, 0, 0, null),
        KpiDocument.NoDetails, DateTimeOffset.UnixEpoch);
}
