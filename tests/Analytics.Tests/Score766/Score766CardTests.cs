using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Score766;
using IOC.Analytics.Time;

namespace IOC.Analytics.Tests.Score766;

/// <summary>
/// A province's card from figures counted by hand: 16 progress, 9 online services (estimate), 5.5 online payment,
/// 3 + 2 digitisation, 5 satisfaction = 40.5 points out of the 58 with data, 69.8 on 100, "average".
/// </summary>
public sealed class Score766CardTests
{
    private static readonly Unit Province = new("P", "Tỉnh Thử", null, UnitLevel.Province, null);
    private static readonly Procedure WithFee = Procedure("FEE-1", OnlineLevel.Partial, hasFee: true, eligible: false);
    private static readonly Procedure WithFeeUnused = Procedure("FEE-2", OnlineLevel.None, hasFee: true, eligible: false);
    private static readonly Procedure FullOnline = Procedure("FULL-1", OnlineLevel.Full, hasFee: false, eligible: true);
    private static readonly CatalogSnapshot Catalog = new([Province], [WithFee, WithFeeUnused, FullOnline]);
    private static readonly Period Week = new(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 8));

    private static readonly KpiFigures Figures = new()
    {
        ReceivedOnline = 5, ReceivedDirect = 7,
        ResolvedEarly = 2, ResolvedOnTime = 4, ResolvedLate = 2,
        InProcessWithinDeadline = 2,
        Progress766OnTime = 8,
        ReceivedFeeBearing = 10, ReceivedFeeBearingPaidOnline = 5,
        ReceivedDigitized = 6, ResolvedDigitized = 4,
        ResolvedRated = 4, ResolvedRatedSatisfied = 3,
    };

    private static readonly ProcedureKpi[] Procedures =
    [
        new(WithFee, new KpiFigures { ReceivedOnline = 2, ReceivedDirect = 6, ReceivedFeeBearing = 8, ReceivedFeeBearingPaidOnline = 5 }),
        new(FullOnline, new KpiFigures { ReceivedOnline = 3, ReceivedDirect = 1 }),
    ];

    [Fact]
    public void Card_HandCountedFigures_EachIndicatorAndTheTotal()
    {
        var card = Of(Figures);

        Assert.Equal([16.0, 9.0, 5.5, 5.0, 5.0], new[] { "progress", "onlineServices", "onlinePayment", "digitisation", "satisfaction" }
            .Select(code => Math.Round(Group(card, code).Score!.Value, 9)));
        Assert.Null(Group(card, "transparency").Score);
        Assert.Equal((3.0, 1.25, 1.25), (Score(card, "onlinePayment.dossiers"), Score(card, "onlinePayment.procedures"), Score(card, "onlinePayment.coverage")));
        Assert.Equal((1.0, 2.0), (Indicator(card, "onlinePayment.procedures").Numerator!.Value, Indicator(card, "onlinePayment.procedures").Denominator!.Value));
        Assert.Equal((3.0, 2.0), (Score(card, "digitisation.results"), Score(card, "digitisation.dossiers")));
        Assert.True(Indicator(card, "onlineServices.estimate").Estimate);
        Assert.Equal(40.5, card.Earned, 9);
        Assert.Equal(58, card.MaxWithData, 9);
        Assert.Equal(0.58, card.Coverage, 9);
        Assert.Equal(40.5 / 58 * 100, card.Total!.Value, 9);
        Assert.Equal(Score766Band.Average, card.Band);
    }

    [Fact]
    public void Card_MostMissing_IsTheIndicatorWithTheMostPointsLeft()
    {
        var (indicator, missing) = Of(Figures).MostMissing!.Value;

        Assert.Equal("progress.onTime", indicator.Code);
        Assert.Equal(4, missing, 9);
    }

    [Fact]
    public void Card_NothingToMeasure_HasNoTotalAndNoBand_NotZero()
    {
        var card = Score766Card.Of(new UnitKpi(Province, Week, DateTimeOffset.UnixEpoch, KpiFigures.Zero, new ServiceCounts(1, 1, 0, 0)), [],
            new CatalogSnapshot([Province], [FullOnline]));

        Assert.Null(card.Total);
        Assert.Null(card.Band);
        Assert.Equal(0, card.Coverage);
        Assert.All(card.Groups, group => Assert.Null(group.Score));
    }

    [Fact]
    public void Card_FeeBearingProceduresWithoutDossiers_ScoreZeroOfTheirPoints_WhichIsData()
    {
        var card = Score766Card.Of(new UnitKpi(Province, Week, DateTimeOffset.UnixEpoch, KpiFigures.Zero, new ServiceCounts(3, 1, 1, 0)), [], Catalog);

        Assert.Equal((0.0, 0.0), (Score(card, "onlinePayment.procedures"), Score(card, "onlinePayment.coverage")));
        Assert.Null(Indicator(card, "onlinePayment.dossiers").Score);
        Assert.Equal((0.0, 4.0, 0.0), (card.Earned, card.MaxWithData, card.Total!.Value));
        Assert.Equal(Score766Band.Weak, card.Band);
    }

    private static Score766Card Of(KpiFigures figures) =>
        Score766Card.Of(new UnitKpi(Province, Week, DateTimeOffset.UnixEpoch, figures, new ServiceCounts(3, 1, 1, 0)),
            Procedures, Catalog);

    private static Score766Group Group(Score766Card card, string code) => card.Groups.Single(g => g.Code == code);

    private static Score766Indicator Indicator(Score766Card card, string code) => card.Groups.SelectMany(g => g.Indicators).Single(i => i.Code == code);

    private static double Score(Score766Card card, string code) => Math.Round(Indicator(card, code).Score!.Value, 9);

    private static Procedure Procedure(string code, string online, bool hasFee, bool eligible) =>
        new(code, code, "Lĩnh vực", UnitLevel.Province, new Deadline(5, DeadlineUnit.WorkingDays), online, eligible, hasFee, []);
}
