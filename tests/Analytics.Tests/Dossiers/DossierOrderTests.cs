using System.Text.Json;
using IOC.Analytics.Dossiers;

namespace IOC.Analytics.Tests.Dossiers;

public sealed class DossierOrderTests
{
    // Due Thu 05/03 08:00 (Mon 08:00 + 24 working hours); the supplement waited 8 working hours (Tue 09:00-11:30,
    // 13:30-17:00, Wed 07:00-09:00), so the due moves to Fri 06/03 08:00 and a resolution on Friday is on time.
    private static DossierHistory SevenEvents() => new DossierHistory()
        .Received("2026-03-02 08:00", Channel.Online, digitized: true)
        .Requested("2026-03-03 09:00")
        .Supplemented("2026-03-04 09:00")
        .Paid("2026-03-04 10:00", online: true)
        .Resolved("2026-03-06 15:00", digitized: true)
        .Delivered("2026-03-09 09:00")
        .Rated("2026-03-09 10:00", Rating.Satisfied);

    [Fact]
    public void Fold_InOrder_GivesTheFactsComputedByHand()
    {
        var expected = new ReceivedDossier(DossierHistory.Code, DossierHistory.Unit, TestCatalog.ThreeWorkingDays,
            Channel.Online, When.At("2026-03-02 08:00"), When.At("2026-03-05 08:00"), DueComputed: true,
            CalendarVersion: 1, EffectiveDueAt: When.At("2026-03-06 08:00"), ClosedAt: When.At("2026-03-06 15:00"),
            ClosureKind.Resolved, When.At("2026-03-06 15:00"), Timeliness.OnTime,
            [new SupplementWait(When.At("2026-03-03 09:00"), When.At("2026-03-04 09:00"), false,
                When.At("2026-03-06 08:00"))],
            DigitizedComponents: true, DigitizedResult: true, PaidOnline: true, Rating.Satisfied, Flags: []);

        Assert.Equivalent(expected, SevenEvents().FoldReceived(), strict: true);
    }

    [Fact]
    public void Fold_EventsArrivingInReverse_SameOutcomeAsInOrder()
    {
        var events = SevenEvents().Events;

        Assert.Equal(Canonical(DossierHistory.Fold(events)), Canonical(DossierHistory.Fold(events.Reverse().ToList())));
    }

    [Fact]
    public void Fold_EveryArrivalOrderOfSevenEvents_SameOutcome()
    {
        var events = SevenEvents().Events;
        var inOrder = Canonical(DossierHistory.Fold(events));

        var outcomes = Permutations(events).Select(order => Canonical(DossierHistory.Fold(order))).Distinct().ToList();

        Assert.Equal(5040, Permutations(events).Count());
        Assert.Equal([inOrder], outcomes);
    }

    [Fact]
    public void Fold_ResolvedAndWithdrawnAtTheSameInstant_ResolvedFirstByLifecycleOrder()
    {
        var dossier = new DossierHistory()
            .Received("2026-03-02 08:00")
            .Withdrawn("2026-03-03 10:00", id: "a")
            .Resolved("2026-03-03 10:00", id: "z")
            .FoldReceived();

        Assert.Equal(ClosureKind.Resolved, dossier.Closure);
        Assert.Equal(["later-terminal:a"], dossier.Flags);
    }

    [Fact]
    public void Fold_RequestAndSupplementAtTheSameInstant_ZeroWaitAndDueUnchanged()
    {
        var dossier = new DossierHistory()
            .Received("2026-03-02 08:00")
            .Supplemented("2026-03-03 10:00")
            .Requested("2026-03-03 10:00")
            .FoldReceived();

        var wait = Assert.Single(dossier.SupplementWaits);
        Assert.Equal(wait.RequestedAt, wait.SupplementedAt);
        Assert.Equal(When.At("2026-03-05 08:00"), dossier.EffectiveDueAt);
        Assert.Empty(dossier.Flags);
    }

    [Fact]
    public void Fold_TwoResolvedAtTheSameInstant_LowerEventIdCloses()
    {
        var dossier = new DossierHistory()
            .Received("2026-03-02 08:00")
            .Resolved("2026-03-03 10:00", digitized: true, id: "r2")
            .Resolved("2026-03-03 10:00", digitized: false, id: "r1")
            .FoldReceived();

        Assert.False(dossier.DigitizedResult);
        Assert.Equal(["later-terminal:r2"], dossier.Flags);
    }

    [Fact]
    public void Fold_DuplicateLookingSecondReceivedArrivingFirst_EarliestWinsAndIsFlagged()
    {
        var history = new DossierHistory()
            .Received("2026-03-03 09:00", Channel.Postal, id: "late")
            .Received("2026-03-02 08:00", Channel.Online, id: "early");

        var dossier = history.FoldReceived();

        Assert.Equal(When.At("2026-03-02 08:00"), dossier.ReceivedAt);
        Assert.Equal(Channel.Online, dossier.Channel);
        Assert.Equal(When.At("2026-03-05 08:00"), dossier.DueAt);
        Assert.Equal(["second-received:late"], dossier.Flags);
    }

    [Fact]
    public void Fold_SecondReceivedAtTheSameInstant_LowerEventIdWins()
    {
        var dossier = new DossierHistory()
            .Received("2026-03-02 08:00", Channel.Postal, id: "b")
            .Received("2026-03-02 08:00", Channel.Online, id: "a")
            .FoldReceived();

        Assert.Equal(Channel.Online, dossier.Channel);
        Assert.Equal(["second-received:b"], dossier.Flags);
    }

    [Fact]
    public void Fold_RepeatedEventId_CountsOnce()
    {
        var history = new DossierHistory().Received("2026-03-02 08:00").Requested("2026-03-03 08:00", id: "req");
        var events = history.Events.Append(history.Events[^1]).ToList();

        Assert.Equal(1, Assert.IsType<ReceivedDossier>(DossierHistory.Fold(events)).SupplementRequests);
    }

    [Fact]
    public void Fold_LaterEventFromAnotherUnit_AppliedFlaggedAndOwnerKept()
    {
        var dossier = new DossierHistory()
            .Received("2026-03-02 08:00")
            .Resolved("2026-03-04 10:00", unit: DossierHistory.OtherUnit, id: "moved")
            .FoldReceived();

        Assert.Equal(DossierHistory.Unit, dossier.UnitCode);
        Assert.Equal(ClosureKind.Resolved, dossier.Closure);
        Assert.Equal(["other-unit:moved"], dossier.Flags);
    }

    private static string Canonical(DossierOutcome outcome) => JsonSerializer.Serialize(outcome, outcome.GetType());

    private static IEnumerable<IReadOnlyCollection<DossierEvent>> Permutations(IReadOnlyList<DossierEvent> events)
    {
        if (events.Count <= 1)
        {
            yield return events.ToList();
            yield break;
        }
        for (var i = 0; i < events.Count; i++)
        {
            var rest = events.Where((_, index) => index != i).ToList();
            foreach (var tail in Permutations(rest))
            {
                yield return tail.Prepend(events[i]).ToList();
            }
        }
    }
}
