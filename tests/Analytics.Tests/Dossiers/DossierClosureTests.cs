using IOC.Analytics.Dossiers;

namespace IOC.Analytics.Tests.Dossiers;

public sealed class DossierClosureTests
{
    [Theory]
    [InlineData("2026-03-04 16:00", Timeliness.Early)]
    [InlineData("2026-03-05 08:00", Timeliness.OnTime)]
    [InlineData("2026-03-05 16:00", Timeliness.OnTime)]
    [InlineData("2026-03-06 07:00", Timeliness.Late)]
    public void Fold_ResolvedAgainstDueAt0900_JudgedOnDates(string resolvedAt, Timeliness expected)
    {
        var dossier = new DossierHistory()
            .Received("2026-03-02 08:00", dueAt: "2026-03-05 09:00")
            .Resolved(resolvedAt)
            .FoldReceived();

        Assert.Equal(expected, dossier.Timeliness);
        Assert.Equal(When.At(resolvedAt), dossier.ResolvedAt);
        Assert.Equal(dossier.ResolvedAt, dossier.ClosedAt);
    }

    [Fact]
    public void Fold_NoDueTimeAtAll_ResolvedOnTimeAndFlagged()
    {
        var dossier = new DossierHistory()
            .Received("2026-03-02 08:00", procedure: TestCatalog.Unknown)
            .Resolved("2026-05-29 16:00")
            .FoldReceived();

        Assert.Null(dossier.DueAt);
        Assert.Equal(Timeliness.OnTime, dossier.Timeliness);
        Assert.Equal(["unknown-procedure:e1"], dossier.Flags);
    }

    [Fact]
    public void Fold_OnlyResultDelivered_DeliveryIsTheResolution()
    {
        var dossier = new DossierHistory()
            .Received("2026-03-02 08:00")
            .Delivered("2026-03-04 10:00")
            .FoldReceived();

        Assert.Equal(ClosureKind.Resolved, dossier.Closure);
        Assert.Equal(When.At("2026-03-04 10:00"), dossier.ResolvedAt);
        Assert.Equal(Timeliness.Early, dossier.Timeliness);
        Assert.False(dossier.DigitizedResult);
    }

    [Fact]
    public void Fold_ResolvedLaterThanDelivery_ResolvedInstantCountsAndIsFlagged()
    {
        // Due Thu 05/03 08:00: the delivery on Thursday alone would be on time, the resolution on Friday is late.
        var dossier = new DossierHistory()
            .Received("2026-03-02 08:00")
            .Delivered("2026-03-05 10:00")
            .Resolved("2026-03-06 09:00")
            .FoldReceived();

        Assert.Equal(When.At("2026-03-06 09:00"), dossier.ResolvedAt);
        Assert.Equal(dossier.ResolvedAt, dossier.ClosedAt);
        Assert.Equal(Timeliness.Late, dossier.Timeliness);
        Assert.Equal(["resolved-after-delivery:e3"], dossier.Flags);
    }

    [Fact]
    public void Fold_ResolvedThenDelivered_ResolvedCountsWithoutFlag()
    {
        var dossier = new DossierHistory()
            .Received("2026-03-02 08:00")
            .Resolved("2026-03-05 10:00", digitized: true)
            .Delivered("2026-03-06 09:00")
            .FoldReceived();

        Assert.Equal(When.At("2026-03-05 10:00"), dossier.ResolvedAt);
        Assert.Equal(Timeliness.OnTime, dossier.Timeliness);
        Assert.True(dossier.DigitizedResult);
        Assert.Empty(dossier.Flags);
    }

    [Theory]
    [InlineData(DossierEventType.Withdrawn, ClosureKind.Withdrawn)]
    [InlineData(DossierEventType.Returned, ClosureKind.Returned)]
    [InlineData(DossierEventType.Refused, ClosureKind.RefusedAfterReceipt)]
    public void Fold_ClosedWithoutResult_ClosedOutsideTimeliness(string type, ClosureKind expected)
    {
        var history = new DossierHistory().Received("2026-03-02 08:00");
        var dossier = (type switch
        {
            DossierEventType.Withdrawn => history.Withdrawn("2026-03-10 09:00"),
            DossierEventType.Returned => history.Returned("2026-03-10 09:00"),
            _ => history.Refused("2026-03-10 09:00"),
        }).FoldReceived();

        Assert.Equal(expected, dossier.Closure);
        Assert.Equal(When.At("2026-03-10 09:00"), dossier.ClosedAt);
        Assert.Null(dossier.ResolvedAt);
        Assert.Null(dossier.Timeliness);
    }

    [Fact]
    public void Fold_RefusedWithoutReceipt_RefusedAtReceptionOnly()
    {
        var outcome = new DossierHistory().Refused("2026-03-02 08:30").Fold();

        Assert.Equivalent(new RefusedAtReception(DossierHistory.Code, DossierHistory.Unit, TestCatalog.ThreeWorkingDays,
            When.At("2026-03-02 08:30"), []), outcome, strict: true);
    }

    [Fact]
    public void Fold_ReceivedAfterARefusal_RefusalStandsAndReceiptFlagged()
    {
        var outcome = new DossierHistory()
            .Refused("2026-03-02 08:30")
            .Received("2026-03-02 09:00", id: "again")
            .Fold();

        Assert.Equal(["received-after-refusal:again"], Assert.IsType<RefusedAtReception>(outcome).Flags);
    }

    [Fact]
    public void Fold_EarlierReceiptArrivingAfterTheRefusal_RefusedAfterReceipt()
    {
        var dossier = new DossierHistory()
            .Refused("2026-03-03 08:30")
            .Received("2026-03-02 09:00")
            .FoldReceived();

        Assert.Equal(ClosureKind.RefusedAfterReceipt, dossier.Closure);
        Assert.Equal(When.At("2026-03-03 08:30"), dossier.ClosedAt);
    }

    [Fact]
    public void Fold_TerminalEventsAfterClosure_KeptFlaggedNotApplied()
    {
        var dossier = new DossierHistory()
            .Received("2026-03-02 08:00")
            .Resolved("2026-03-04 10:00")
            .Delivered("2026-03-04 15:00")
            .Withdrawn("2026-03-05 10:00", id: "w")
            .Resolved("2026-03-06 10:00", id: "r2")
            .FoldReceived();

        Assert.Equal(ClosureKind.Resolved, dossier.Closure);
        Assert.Equal(When.At("2026-03-04 10:00"), dossier.ClosedAt);
        Assert.Equal(["later-terminal:w", "later-terminal:r2"], dossier.Flags);
    }

    [Fact]
    public void Fold_ClosureBeforeTheReceipt_FlaggedAndIgnored()
    {
        var dossier = new DossierHistory()
            .Resolved("2026-03-02 07:00", id: "early")
            .Received("2026-03-02 08:00")
            .FoldReceived();

        Assert.Null(dossier.ClosedAt);
        Assert.Equal(["before-receipt:early"], dossier.Flags);
    }

    [Fact]
    public void Fold_NoReceiptYet_WaitingForReceiptWithEveryEventKept()
    {
        var history = new DossierHistory().Paid("2026-03-02 08:00", online: true).Requested("2026-03-02 09:00");

        var waiting = Assert.IsType<WaitingForReceipt>(history.Fold());

        Assert.Equal(history.Events, waiting.Events);
    }
}
