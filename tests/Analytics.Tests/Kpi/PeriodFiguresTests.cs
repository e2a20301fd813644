using IOC.Analytics.Dossiers;
using IOC.Analytics.Kpi;
using IOC.Analytics.Tests.Dossiers;
using IOC.Analytics.Time;

namespace IOC.Analytics.Tests.Kpi;

public sealed class PeriodFiguresTests
{
    private static readonly Period March = new(When.Date("2026-03-01"), When.Date("2026-03-31"));
    private static readonly Period April = new(When.Date("2026-04-01"), When.Date("2026-04-30"));
    private static readonly DateTimeOffset Later = When.At("2026-06-01 09:00");

    [Fact]
    public void Compute_ReceiptsAroundMidnight_PeriodOfTheProvinceDate()
    {
        DossierOutcome[] outcomes =
        [
            Dossier("a").Received("2026-03-31T23:59:59+07:00").Fold(),
            Dossier("b").Received("2026-04-01T00:00:00+07:00").Fold(),
            Dossier("c").Received("2026-03-31T17:30:00Z").Fold(),
        ];

        var march = Compute(outcomes, March, Later);
        var april = Compute(outcomes, April, Later);

        Assert.Equal((1, 0, 1), (march.ReceivedTotal, march.CarriedOver, march.InProcessTotal));
        Assert.Equal((2, 1, 3), (april.ReceivedTotal, april.CarriedOver, april.InProcessTotal));
    }

    [Fact]
    public void Compute_DossiersFromTheMonthBefore_CarriedOverUnlessClosedBefore()
    {
        // a: due Mon 02/03 10:00, resolved Tue 03/03 (late). d: due Wed 04/03 10:00, still open on 01/04 (overdue).
        DossierOutcome[] outcomes =
        [
            Dossier("a").Received("2026-02-25 10:00").Resolved("2026-03-03 10:00").Fold(),
            Dossier("b").Received("2026-02-20 10:00").Resolved("2026-02-27 10:00").Fold(),
            Dossier("c").Received("2026-02-26 10:00").Withdrawn("2026-03-01 00:00").Fold(),
            Dossier("d").Received("2026-02-27 10:00").Fold(),
        ];

        var march = Compute(outcomes, March, Later);

        Assert.Equal(3, march.CarriedOver);
        Assert.Equal(0, march.ReceivedTotal);
        Assert.Equal((1, 1), (march.ResolvedTotal, march.ResolvedLate));
        Assert.Equal(1, march.Withdrawn);
        Assert.Equal((1, 1), (march.InProcessTotal, march.InProcessOverdue));
    }

    [Fact]
    public void Compute_ResolvedAgainstADue0900_SplitOnDates()
    {
        DossierOutcome[] outcomes =
        [
            Dossier("a").Received("2026-03-02 08:00", dueAt: "2026-03-05 09:00").Resolved("2026-03-04 16:00").Fold(),
            Dossier("b").Received("2026-03-02 08:00", dueAt: "2026-03-05 09:00").Resolved("2026-03-05 16:00").Fold(),
            Dossier("c").Received("2026-03-02 08:00", dueAt: "2026-03-05 09:00").Resolved("2026-03-06 08:00").Fold(),
        ];

        var march = Compute(outcomes, March, Later);

        Assert.Equal((1, 1, 1), (march.ResolvedEarly, march.ResolvedOnTime, march.ResolvedLate));
        Assert.Equal(1.0 / 3, march.OverdueRate);
        Assert.Equal(2.0 / 3, march.OnTimeRate);
    }

    [Theory]
    [InlineData("2026-03-04", "2026-06-01 09:00", false)]
    [InlineData("2026-03-05", "2026-06-01 09:00", false)]
    [InlineData("2026-03-06", "2026-06-01 09:00", true)]
    [InlineData("2026-03-31", "2026-03-05 23:59", false)]
    [InlineData("2026-03-31", "2026-03-06 00:00", true)]
    public void Compute_OpenDossierDue0503_WithinThroughItsDueDateOverdueFromTheDayAfter(string to, string now, bool overdue)
    {
        var outcome = Dossier("a").Received("2026-03-02 08:00", dueAt: "2026-03-05 09:00").Fold();

        var figures = Compute([outcome], new Period(When.Date("2026-03-01"), When.Date(to)), When.At(now));

        Assert.Equal(overdue ? (0, 1) : (1, 0), (figures.InProcessWithinDeadline, figures.InProcessOverdue));
        Assert.Equal(overdue ? 1.0 : 0.0, figures.InProcessOverdueRatio);
    }

    [Fact]
    public void Compute_ClosedWithoutResultAndRefusedAtReception_WithdrawnAndRefusedApart()
    {
        DossierOutcome[] outcomes =
        [
            Dossier("a").Received("2026-03-02 08:00").Withdrawn("2026-03-03 08:00").Fold(),
            Dossier("b").Received("2026-03-02 08:00").Returned("2026-03-03 08:00").Fold(),
            Dossier("c").Received("2026-03-02 08:00").Refused("2026-03-03 08:00").Fold(),
            Dossier("d").Refused("2026-03-02 08:00").Fold(),
        ];

        var march = Compute(outcomes, March, Later);

        Assert.Equal((3, 3, 1), (march.ReceivedTotal, march.Withdrawn, march.Refused));
        Assert.Equal(0, march.ResolvedTotal);
        Assert.Null(march.OverdueRate);
    }

    [Fact]
    public void Compute_Channels_OnlineRatioOverEveryReceiptPostalIncludedRefusalsExcluded()
    {
        DossierOutcome[] outcomes =
        [
            Dossier("a").Received("2026-03-02 08:00", Channel.Online).Fold(),
            Dossier("b").Received("2026-03-02 08:00", Channel.Online).Fold(),
            Dossier("c").Received("2026-03-02 08:00").Fold(),
            Dossier("d").Received("2026-03-02 08:00", Channel.Postal).Fold(),
            Dossier("e").Refused("2026-03-02 08:00").Fold(),
        ];

        var march = Compute(outcomes, March, Later);

        Assert.Equal((2, 1, 1), (march.ReceivedOnline, march.ReceivedDirect, march.ReceivedPostal));
        Assert.Equal(0.5, march.OnlineRatio);
    }

    [Fact]
    public void Compute_TwoSupplementRequests_LateFor766OnlyNotForTheReportForm()
    {
        // a is resolved early after two requests; b resolved on time; c in process within deadline when evaluated.
        DossierOutcome[] outcomes =
        [
            Dossier("a").Received("2026-03-02 08:00").Requested("2026-03-02 09:00").Supplemented("2026-03-02 10:00")
                .Requested("2026-03-03 09:00").Supplemented("2026-03-03 10:00").Resolved("2026-03-04 10:00").Fold(),
            Dossier("b").Received("2026-03-02 08:00").Resolved("2026-03-05 16:00").Fold(),
            Dossier("c").Received("2026-03-04 08:00").Fold(),
        ];

        var figures = Compute(outcomes, March, When.At("2026-03-05 17:00"));

        Assert.Equal((1, 1, 0), (figures.ResolvedEarly, figures.ResolvedOnTime, figures.ResolvedLate));
        Assert.Equal(1.0, figures.OnTimeRate);
        Assert.Equal((2, 3), (figures.Progress766OnTime, figures.Progress766Denominator));
        Assert.Equal(2.0 / 3, figures.Progress766);
    }

    [Fact]
    public void Compute_PaymentsDigitisationRatings_ByHand()
    {
        DossierOutcome[] outcomes =
        [
            Dossier("a").Received("2026-03-02 08:00", digitized: true).Paid("2026-03-02 08:10", online: true)
                .Resolved("2026-03-04 10:00", digitized: true).Rated("2026-03-04 11:00", Rating.Satisfied).Fold(),
            Dossier("b").Received("2026-03-02 08:00").Paid("2026-03-02 08:10", online: false)
                .Resolved("2026-03-10 10:00").Rated("2026-03-10 11:00", Rating.Neutral).Fold(),
            Dossier("c").Received("2026-03-02 08:00", procedure: TestCatalog.FiveDays)
                .Paid("2026-03-02 08:10", online: true).Resolved("2026-03-03 10:00")
                .Rated("2026-03-03 11:00", Rating.Satisfied).Rated("2026-03-03 12:00", Rating.Dissatisfied).Fold(),
            Dossier("d").Received("2026-03-20 08:00", digitized: true).Fold(),
        ];

        var march = Compute(outcomes, March, Later);

        Assert.Equal((3, 1), (march.ReceivedFeeBearing, march.ReceivedFeeBearingPaidOnline));
        Assert.Equal(1.0 / 3, march.OnlinePaymentRatio);
        Assert.Equal(0.5, march.DigitizedComponentsRatio);
        Assert.Equal(1.0 / 3, march.DigitizedResultsRatio);
        Assert.Equal((3, 1), (march.ResolvedRated, march.ResolvedRatedSatisfied));
        Assert.Equal(1.0 / 3, march.SatisfactionRatio);
    }

    [Fact]
    public void Compute_WaitingForReceipt_CountedNowhere()
    {
        var outcome = Dossier("a").Paid("2026-03-02 08:00", online: true).Requested("2026-03-02 09:00").Fold();

        Assert.Equal(KpiFigures.Zero, Compute([outcome], March, Later));
    }

    private static DossierHistory Dossier(string suffix) => new($"{DossierHistory.Code}-{suffix}");

    private static KpiFigures Compute(IEnumerable<DossierOutcome> outcomes, Period period, DateTimeOffset now) =>
        PeriodFigures.Compute(outcomes, period, now, TestCatalog.Find);
}
