using IOC.Analytics.Calendar;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Kpi;
using IOC.Analytics.Kpi.Counts;
using IOC.Analytics.Kpi.Lists;
using IOC.Analytics.Tests.Dossiers;
using IOC.Analytics.Time;

namespace IOC.Analytics.Tests.Kpi.Lists;

/// <summary>
/// The lists of one department, February 2026 to date, seen on Friday 27/02 at 10:00 with the shipped calendar (Tết
/// Bính Ngọ: 14/02–22/02 off). Every list and every days-late figure is worked out by hand in the comments, and the
/// lists hold exactly the dossiers the KPI counts count.
/// </summary>
public sealed class DossierListerTests
{
    private static readonly Period February = new(When.Date("2026-02-01"), When.Date("2026-02-28"));
    private static readonly DateTimeOffset Friday = When.At("2026-02-27 10:00");
    private static readonly IWorkingCalendar Calendar = CalendarData.ShippedCalendar();
    private static readonly string[] Department = [DossierHistory.Unit];

    private static readonly FactsIndex Index = IndexOf(
        // A01: due Fri 13/02, the last working day before Tết; open. Late on 23, 24, 25, 26, 27/02: 5 working days.
        Dossier("A01").Received("2026-02-10 08:00", dueAt: "2026-02-13 17:00"),
        // B02: due today: within, due soon.
        Dossier("B02").Received("2026-02-23 08:00", channel: "online", dueAt: "2026-02-27 16:00"),
        // C03: due Monday 02/03, the next working day after this Friday: due soon.
        Dossier("C03").Received("2026-02-24 08:00", dueAt: "2026-03-02 10:00"),
        // D04: due Tuesday 03/03: within, not yet due soon.
        Dossier("D04").Received("2026-02-24 08:00", dueAt: "2026-03-03 10:00"),
        // E05: due Thu 12/02, resolved Tue 24/02: late on 13, 23 and 24/02, 3 working days.
        Dossier("E05").Received("2026-02-11 08:00", dueAt: "2026-02-12 17:00").Resolved("2026-02-24 09:00"),
        // F06: resolved on its due date.
        Dossier("F06").Received("2026-02-23 08:00", dueAt: "2026-02-25 17:00").Resolved("2026-02-25 10:00"),
        // G07: supplement asked on 25/02 within the deadline and not answered: frozen within, its clock stopped, so not due soon.
        Dossier("G07").Received("2026-02-24 08:00", dueAt: "2026-02-26 17:00").Requested("2026-02-25 09:00"),
        // H08: supplement asked on 06/02, the day after its due date: frozen overdue. Late on 06, 09–13 and 23–27/02: 11.
        Dossier("H08").Received("2026-02-02 08:00", dueAt: "2026-02-05 17:00").Requested("2026-02-06 08:00"),
        // I09: carried over from January, due Fri 30/01: late on 2–6, 9–13 and 23–27/02: 15 working days.
        Dossier("I09").Received("2026-01-20 08:00", dueAt: "2026-01-30 17:00"),
        // J10: overdue, but in another department.
        Dossier("J10").Received("2026-02-02 08:00", dueAt: "2026-02-03 17:00", unit: DossierHistory.OtherUnit),
        // K11: withdrawn: in no list.
        Dossier("K11").Received("2026-02-03 08:00", dueAt: "2026-02-04 17:00").Withdrawn("2026-02-05 08:00"));

    [Fact]
    public void Overdue_MostOverdueFirst_WithWorkingDaysLateAcrossTet()
    {
        var page = List(DossierListKind.Overdue);

        Assert.Equal(
            [("I09", ListedStatus.Overdue, (int?)15, false), ("H08", ListedStatus.Overdue, 11, true), ("A01", ListedStatus.Overdue, 5, false)],
            page.Items.Select(i => (Suffix(i), i.Status, i.DaysOverdue, i.WaitingSupplement)));
        Assert.Equal(3, page.Total);
    }

    [Fact]
    public void DueSoon_OnAFriday_TodayAndMondayButNotTheWaitingOne()
    {
        var page = List(DossierListKind.DueSoon);

        Assert.Equal(["B02", "C03"], page.Items.Select(Suffix));
        Assert.All(page.Items, i => Assert.Equal((ListedStatus.Within, (int?)null), (i.Status, i.DaysOverdue)));
    }

    [Fact]
    public void ResolvedLate_TheOneResolvedAfterItsDueDate()
    {
        var item = Assert.Single(List(DossierListKind.ResolvedLate).Items);

        Assert.Equal(("E05", ListedStatus.ResolvedLate, (int?)3), (Suffix(item), item.Status, item.DaysOverdue));
        Assert.Equal(When.At("2026-02-24 09:00"), item.ResolvedAt);
    }

    [Fact]
    public void InProcess_EveryOpenDossierWithItsStanding()
    {
        var page = List(DossierListKind.InProcess, DossierListSort.DossierCode);

        Assert.Equal(
            [("A01", "overdue"), ("B02", "within"), ("C03", "within"), ("D04", "within"), ("G07", "waiting-supplement"), ("H08", "overdue"),
                ("I09", "overdue")],
            page.Items.Select(i => (Suffix(i), i.Status)));
        Assert.Equal((Channel.Online, When.At("2026-02-27 16:00")), (page.Items[1].Channel, page.Items[1].DueAt));
    }

    [Fact]
    public void EveryList_HoldsExactlyWhatItsCountCounts()
    {
        var figures = Index.Compute([Department], February, Friday, _ => false)[0].Figures;

        Assert.Equal(figures[KpiCount.InProcessOverdue], List(DossierListKind.Overdue).Total);
        Assert.Equal(figures[KpiCount.ResolvedLate], List(DossierListKind.ResolvedLate).Total);
        Assert.Equal(figures[KpiCount.InProcessOverdue] + figures[KpiCount.InProcessWithinDeadline], List(DossierListKind.InProcess).Total);
    }

    [Fact]
    public void EndedTetWeek_JudgedOnItsLastDay_OverdueWithNoWorkingDayLate()
    {
        // 16/02–22/02 is all Tết: A01 (due 13/02) is overdue on Sunday 22/02, yet no working day has passed since; E05,
        // resolved only on 24/02, was still in process and late by one working day (13/02).
        var tetWeek = new Period(When.Date("2026-02-16"), When.Date("2026-02-22"));

        var page = DossierLister.List(Index, new DossierListQuery(Department, tetWeek, DossierListKind.Overdue), Friday, Calendar);

        Assert.Equal([("I09", (int?)10), ("H08", 6), ("E05", 1), ("A01", 0)], page.Items.Select(i => (Suffix(i), i.DaysOverdue)));
    }

    [Fact]
    public void PagesSortAndSearch_CutTheSameList()
    {
        var second = DossierLister.List(Index, new DossierListQuery(Department, February, DossierListKind.Overdue, Page: 2, PageSize: 2), Friday, Calendar);
        var byReceipt = DossierLister.List(Index, new DossierListQuery(Department, February, DossierListKind.InProcess, DossierListSort.ReceivedAt,
            Descending: true, PageSize: 3), Friday, Calendar);
        var searched = DossierLister.List(Index, new DossierListQuery(Department, February, DossierListKind.InProcess, Search: "h08"), Friday, Calendar);

        Assert.Equal(3, second.Total);
        Assert.Equal(["A01"], second.Items.Select(Suffix));
        Assert.Equal(["G07", "D04", "C03"], byReceipt.Items.Select(Suffix));
        Assert.Equal((1, "H08"), (searched.Total, Suffix(searched.Items[0])));
    }

    private static DossierListPage List(DossierListKind kind, DossierListSort sort = DossierListSort.DueAt) =>
        DossierLister.List(Index, new DossierListQuery(Department, February, kind, sort), Friday, Calendar);

    private static string Suffix(ListedDossier item) => item.DossierCode[^3..];

    private static DossierHistory Dossier(string suffix) => new($"{DossierHistory.Code}-{suffix}");

    private static FactsIndex IndexOf(params DossierHistory[] histories)
    {
        var index = new FactsIndex();
        index.Apply(histories.Select((h, i) => ((long)i + 1, DossierRows.From(h.Fold()))).ToList());
        return index;
    }
}
