using IOC.Analytics.Calendar;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Kpi;
using IOC.Analytics.Storage;
using IOC.Analytics.Tests.Dossiers;
using IOC.Analytics.Time;

namespace IOC.Analytics.Tests.Kpi;

/// <summary>
/// The figures of an ended period are evaluated at its last instant, judged on its last day (DOMAIN.md §3): a dossier
/// due on that day is still within its deadline there, and the answer does not change after the last midnight. Every
/// case is counted by the reference definition and by the facts index, which must agree.
/// </summary>
public sealed class PeriodEndTests
{
    // Mon 02/03 – Sun 08/03/2026, and the same week ending one day later.
    private static readonly Period Week = new(When.Date("2026-03-02"), When.Date("2026-03-08"));
    private static readonly Period WeekAndMonday = new(When.Date("2026-03-02"), When.Date("2026-03-09"));
    private static readonly DateTimeOffset Later = When.At("2026-06-01 09:00");

    [Fact]
    public void DueOnTheLastDay_WithinInThatPeriod_OverdueInAPeriodEndingTheDayAfter()
    {
        DossierOutcome[] outcomes = [Dossier("a").Received("2026-03-02 08:00", dueAt: "2026-03-08 10:00").Fold()];

        Assert.Equal((1, 0), InProcess(outcomes, Week, Later));
        Assert.Equal((0, 1), InProcess(outcomes, WeekAndMonday, Later));
    }

    [Fact]
    public void DueTheDayBefore_Overdue()
    {
        DossierOutcome[] outcomes = [Dossier("a").Received("2026-03-02 08:00", dueAt: "2026-03-07 16:00").Fold()];

        Assert.Equal((0, 1), InProcess(outcomes, Week, Later));
    }

    [Fact]
    public void DueAtMidnightStartingTheLastDay_Within()
    {
        DossierOutcome[] outcomes = [Dossier("a").Received("2026-03-02 08:00", dueAt: "2026-03-08 00:00").Fold()];

        Assert.Equal((1, 0), InProcess(outcomes, Week, Later));
        Assert.Equal((0, 1), InProcess(outcomes, WeekAndMonday, Later));
    }

    [Fact]
    public void SupplementedOnTheLastDay_DueMovedOntoIt_Within()
    {
        // Overdue at the request (Fri after a Thu 17:00 due); 2 working hours waited move the due to Fri 09:00.
        DossierOutcome[] outcomes =
        [
            Dossier("a").Received("2026-03-02 08:00", dueAt: "2026-03-05 17:00")
                .Requested("2026-03-06 08:00").Supplemented("2026-03-06 10:00").Fold(),
        ];
        var friday = new Period(When.Date("2026-03-06"), When.Date("2026-03-06"));
        var saturday = new Period(When.Date("2026-03-07"), When.Date("2026-03-07"));

        Assert.Equal((1, 0), InProcess(outcomes, friday, Later));
        Assert.Equal((0, 1), InProcess(outcomes, saturday, Later));
    }

    [Fact]
    public void RequestedOnTheDueDateAndSupplementedOnTheLastDay_WithinThenOverdueTheDayAfter()
    {
        // Requested Thu 05/03 10:00, after a 09:00 due of the same date: frozen within. Waited Thu 10:00 → Mon 10:00 =
        // 17 working hours: the due moves from Thu 09:00 to Mon 09/03 09:00, the date of the supplement.
        DossierOutcome[] outcomes =
        [
            Dossier("a").Received("2026-03-02 08:00", dueAt: "2026-03-05 09:00")
                .Requested("2026-03-05 10:00").Supplemented("2026-03-09 10:00").Fold(),
        ];
        var tuesday = new Period(When.Date("2026-03-02"), When.Date("2026-03-10"));

        Assert.Equal((1, 0), InProcess(outcomes, Week, Later));
        Assert.Equal((1, 0), InProcess(outcomes, WeekAndMonday, Later));
        Assert.Equal((0, 1), InProcess(outcomes, tuesday, Later));
    }

    [Fact]
    public void Progress766_DueOnTheLastDay_CountsAsWithinDeadline()
    {
        DossierOutcome[] outcomes =
        [
            Dossier("a").Received("2026-03-02 08:00", dueAt: "2026-03-08 10:00").Fold(),
            Dossier("b").Received("2026-03-02 08:00", dueAt: "2026-03-06 10:00").Fold(),
        ];

        var week = Both(outcomes, Week, Later);

        Assert.Equal((1, 2), (week.Progress766OnTime, week.Progress766Denominator));
        Assert.Equal(0.5, week.InProcessOverdueRatio);
    }

    [Fact]
    public void TetWeekEndingOnItsLastDay_DueThatDayWithinAndTheComputedDueAfterTheBreak()
    {
        // 2026: Tết off 14/02 – 22/02 (Sunday). Three working days from Fri 13/02 10:00 land on Wed 25/02 10:00.
        var calendar = CalendarData.ShippedCalendar();
        DossierOutcome[] outcomes =
        [
            Fold(Dossier("a").Received("2026-02-10 09:00", dueAt: "2026-02-22 12:00"), calendar),
            Fold(Dossier("b").Received("2026-02-10 09:00", dueAt: "2026-02-20 12:00"), calendar),
            Fold(Dossier("c").Received("2026-02-13 10:00"), calendar),
        ];
        var tetWeek = new Period(When.Date("2026-02-16"), When.Date("2026-02-22"));
        var firstWorkingDay = new Period(When.Date("2026-02-23"), When.Date("2026-02-23"));

        Assert.Equal(When.At("2026-02-25 10:00"), Assert.IsType<ReceivedDossier>(outcomes[2]).DueAt);
        Assert.Equal((2, 1), InProcess(outcomes, tetWeek, Later));
        Assert.Equal((1, 2), InProcess(outcomes, firstWorkingDay, Later));
    }

    [Fact]
    public void SamePeriod_ReadBeforeAndAfterItsLastMidnight_SameFigures()
    {
        DossierOutcome[] outcomes =
        [
            Dossier("a").Received("2026-03-02 08:00", dueAt: "2026-03-08 10:00").Fold(),
            Dossier("b").Received("2026-03-03 08:00", dueAt: "2026-03-04 10:00").Fold(),
            Dossier("c").Received("2026-03-04 08:00").Resolved("2026-03-08 11:00").Fold(),
            Dossier("d").Received("2026-03-05 08:00", dueAt: "2026-03-05 09:00")
                .Requested("2026-03-05 10:00").Supplemented("2026-03-09 10:00").Fold(),
        ];
        var lastInstant = ProvinceTime.StartOf(When.Date("2026-03-09")).AddTicks(-1);

        var onSunday = Both(outcomes, Week, When.At("2026-03-08 23:00"));
        var atTheLastInstant = Both(outcomes, Week, lastInstant);
        var atMidnight = Both(outcomes, Week, lastInstant.AddTicks(1));
        var months = Both(outcomes, Week, Later);

        Assert.Equal((2, 1), (onSunday.InProcessWithinDeadline, onSunday.InProcessOverdue));
        Assert.Equal(onSunday, atTheLastInstant);
        Assert.Equal(atTheLastInstant, atMidnight);
        Assert.Equal(atMidnight, months);
    }

    private static (int Within, int Overdue) InProcess(IReadOnlyList<DossierOutcome> outcomes, Period period,
        DateTimeOffset now)
    {
        var figures = Both(outcomes, period, now);
        return (figures.InProcessWithinDeadline, figures.InProcessOverdue);
    }

    /// <summary>The reference's figures, after checking that the facts index counts the same.</summary>
    private static KpiFigures Both(IReadOnlyList<DossierOutcome> outcomes, Period period, DateTimeOffset now)
    {
        var reference = PeriodFigures.Compute(outcomes, period, now, TestCatalog.Find);
        var index = new FactsIndex();
        index.Apply(outcomes.Select((o, i) => ((long)i + 1, DossierRows.From(o))).ToList());
        var fast = index.Compute([[DossierHistory.Unit]], period, now, code => TestCatalog.Find(code)?.HasFee == true)[0];
        Assert.Equal(reference, fast.Figures);
        return reference;
    }

    private static DossierOutcome Fold(DossierHistory history, IWorkingCalendar calendar) =>
        DossierFold.Fold(history.Events.ToList(), TestCatalog.Find, calendar);

    private static DossierHistory Dossier(string suffix) => new($"{DossierHistory.Code}-{suffix}");
}
