using IOC.Analytics.Dossiers;

namespace IOC.Analytics.Tests.Dossiers;

public sealed class SupplementTests
{
    [Fact]
    public void Fold_SupplementedOnASourceDue_DueMovesByTheWorkingTimeWaited()
    {
        // Waited Tue 09:00-11:30, 13:30-17:00, Wed 07:00-11:00 = 10 h; Thu 09:00 + 10 h = Thu 6 h, Fri 07:00-11:00.
        var dossier = new DossierHistory()
            .Received("2026-03-02 08:00", dueAt: "2026-03-05 09:00")
            .Requested("2026-03-03 09:00")
            .Supplemented("2026-03-04 11:00")
            .FoldReceived();

        Assert.Equal(When.At("2026-03-05 09:00"), dossier.DueAt);
        Assert.Equal(When.At("2026-03-06 11:00"), dossier.EffectiveDueAt);
        Assert.Equal(
            new SupplementWait(When.At("2026-03-03 09:00"), When.At("2026-03-04 11:00"), false,
                When.At("2026-03-06 11:00")),
            Assert.Single(dossier.SupplementWaits));
    }

    [Fact]
    public void IsOverdueAt_WaitingFromWithinDeadline_StaysWithinPastTheDueDate()
    {
        // Waited Wed 10:00 → Mon 10:00 = 5 + 8 + 8 + 3 = 24 working hours; Thu 09:00 + 24 h = Tue 10/03 09:00.
        var dossier = new DossierHistory()
            .Received("2026-03-02 08:00", dueAt: "2026-03-05 09:00")
            .Requested("2026-03-04 10:00")
            .Supplemented("2026-03-09 10:00")
            .FoldReceived();

        Assert.False(dossier.SupplementWaits[0].OverdueAtRequest);
        Assert.False(dossier.IsOverdueAt(When.At("2026-03-06 00:00")));
        Assert.False(dossier.IsOverdueAt(When.At("2026-03-09 09:59")));
        Assert.Equal(When.At("2026-03-10 09:00"), dossier.EffectiveDueAt);
        Assert.False(dossier.IsOverdueAt(When.At("2026-03-10 16:00")));
        Assert.True(dossier.IsOverdueAt(When.At("2026-03-11 00:00")));
        Assert.Equal(When.Date("2026-03-11"), dossier.OverdueFromDate);
    }

    [Fact]
    public void IsOverdueAt_WaitingFromOverdue_StaysOverdue()
    {
        // Waited Fri 10:00-11:30, 13:30-17:00, Mon 07:00-08:00 = 6 h: the due moves to Thu 17:00, still in the past.
        var dossier = new DossierHistory()
            .Received("2026-03-02 08:00", dueAt: "2026-03-05 09:00")
            .Requested("2026-03-06 10:00")
            .Supplemented("2026-03-09 08:00")
            .FoldReceived();

        Assert.True(dossier.SupplementWaits[0].OverdueAtRequest);
        Assert.True(dossier.IsOverdueAt(When.At("2026-03-06 15:00")));
        Assert.True(dossier.IsOverdueAt(When.At("2026-03-09 07:30")));
        Assert.Equal(When.At("2026-03-05 17:00"), dossier.EffectiveDueAt);
        Assert.True(dossier.IsOverdueAt(When.At("2026-03-09 10:00")));
        Assert.Equal(When.Date("2026-03-06"), dossier.OverdueFromDate);
    }

    [Fact]
    public void IsOverdueAt_SupplementMovesTheDueOntoItsOwnDate_WithinOnThatDateOverdueFromTheNext()
    {
        // Overdue at the request (Fri after a Thu due); 2 working hours waited move the due to Fri 09:00, the date of
        // the supplement, so the dossier stands within from 10:00 to the end of Friday: a period ending on Friday
        // counts it within, and it is overdue from Saturday.
        var dossier = new DossierHistory()
            .Received("2026-03-02 08:00", dueAt: "2026-03-05 17:00")
            .Requested("2026-03-06 08:00")
            .Supplemented("2026-03-06 10:00")
            .FoldReceived();

        Assert.True(dossier.IsOverdueAt(When.At("2026-03-06 00:00")));
        Assert.True(dossier.IsOverdueAt(When.At("2026-03-06 09:00")));
        Assert.Equal(When.At("2026-03-06 09:00"), dossier.EffectiveDueAt);
        Assert.False(dossier.IsOverdueAt(When.At("2026-03-06 10:30")));
        Assert.False(dossier.IsOverdueAt(When.At("2026-03-07 00:00"), When.Date("2026-03-06")));
        Assert.True(dossier.IsOverdueAt(When.At("2026-03-07 00:00")));
        Assert.Equal([When.Date("2026-03-07")], dossier.OverdueChangeDates);
    }

    [Fact]
    public void Fold_TwoRequests_LateFor766OnlyNotForTheReportForm()
    {
        // Each wait is 1 working hour: the due moves from Thu 08:00 to Thu 10:00; resolved Wed is early.
        var dossier = new DossierHistory()
            .Received("2026-03-02 08:00")
            .Requested("2026-03-02 09:00")
            .Supplemented("2026-03-02 10:00")
            .Requested("2026-03-03 09:00")
            .Supplemented("2026-03-03 10:00")
            .Resolved("2026-03-04 10:00")
            .FoldReceived();

        Assert.Equal(2, dossier.SupplementRequests);
        Assert.Equal(When.At("2026-03-05 10:00"), dossier.EffectiveDueAt);
        Assert.Equal(Timeliness.Early, dossier.Timeliness);
        Assert.False(dossier.IsLateFor766(When.At("2026-03-03 08:00")));
        Assert.True(dossier.IsLateFor766(When.At("2026-03-03 09:30")));
        Assert.True(dossier.IsLateFor766(When.At("2026-04-01 00:00")));
    }

    [Fact]
    public void Fold_RequestBeforeReceipt_FlaggedAndIgnored()
    {
        var dossier = new DossierHistory()
            .Requested("2026-03-02 07:00", id: "early")
            .Received("2026-03-02 08:00")
            .FoldReceived();

        Assert.Equal(0, dossier.SupplementRequests);
        Assert.Equal(["before-receipt:early"], dossier.Flags);
    }

    [Fact]
    public void Fold_SupplementWithoutRequest_FlaggedAndIgnored()
    {
        var dossier = new DossierHistory()
            .Received("2026-03-02 08:00")
            .Supplemented("2026-03-03 08:00", id: "stray")
            .FoldReceived();

        Assert.Empty(dossier.SupplementWaits);
        Assert.Equal(dossier.DueAt, dossier.EffectiveDueAt);
        Assert.Equal(["supplement-without-request:stray"], dossier.Flags);
    }

    [Fact]
    public void Fold_SecondRequestWhileWaiting_FlaggedAndIgnored()
    {
        var dossier = new DossierHistory()
            .Received("2026-03-02 08:00")
            .Requested("2026-03-02 09:00")
            .Requested("2026-03-02 10:00", id: "again")
            .FoldReceived();

        Assert.Equal(1, dossier.SupplementRequests);
        Assert.Equal(["request-while-waiting:again"], dossier.Flags);
    }

    [Fact]
    public void Fold_ClosedWhileWaiting_TheWaitUntilClosureMovesTheDue()
    {
        // Waited Wed 10:00 → Mon 10:00 = 24 working hours: judged against Tue 10/03 09:00, so Monday is early.
        var dossier = new DossierHistory()
            .Received("2026-03-02 08:00", dueAt: "2026-03-05 09:00")
            .Requested("2026-03-04 10:00")
            .Resolved("2026-03-09 10:00")
            .FoldReceived();

        var wait = Assert.Single(dossier.SupplementWaits);
        Assert.Equal(new SupplementWait(When.At("2026-03-04 10:00"), null, false), wait);
        Assert.Equal(When.At("2026-03-10 09:00"), dossier.EffectiveDueAt);
        Assert.Equal(Timeliness.Early, dossier.Timeliness);
    }

    [Fact]
    public void Fold_SupplementEventsAfterClosure_FlaggedAndIgnored()
    {
        var dossier = new DossierHistory()
            .Received("2026-03-02 08:00")
            .Withdrawn("2026-03-03 08:00")
            .Requested("2026-03-03 09:00", id: "late")
            .FoldReceived();

        Assert.Empty(dossier.SupplementWaits);
        Assert.Equal(["after-closure:late"], dossier.Flags);
    }
}
