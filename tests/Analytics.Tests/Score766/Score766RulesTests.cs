using IOC.Analytics.Score766;

namespace IOC.Analytics.Tests.Score766;

/// <summary>Each 766 scoring rule on worked examples: zero denominators (null), the caps, the 0.8 and 0.9 thresholds.</summary>
public sealed class Score766RulesTests
{
    [Theory]
    [InlineData(0.9, 18.0)]
    [InlineData(0.0, 0.0)]
    [InlineData(1.0, 20.0)]
    public void Progress_IsTwentyTimesTheRatio(double ratio, double points) => Assert.Equal(points, Score766Rules.Progress(ratio)!.Value, 9);

    [Fact]
    public void EveryRule_NoRatio_GivesNoPoints_NeverZero()
    {
        Assert.Null(Score766Rules.Progress(null));
        Assert.Null(Score766Rules.PaymentRatio(null));
        Assert.Null(Score766Rules.PaymentProcedures(null));
        Assert.Null(Score766Rules.PaymentCoverage(null));
        Assert.Null(Score766Rules.OnlinePayment(null, null, null));
        Assert.Null(Score766Rules.Digitisation(6, null));
        Assert.Null(Score766Rules.DossierSatisfaction(null));
        Assert.Null(Score766Rules.OnlineServicesEstimate(null));
    }

    [Theory]
    [InlineData(0.4, 1.0)]
    [InlineData(0.8, 2.0)]
    [InlineData(0.95, 2.0)]
    public void PaymentProcedures_ReachTheirTwoPointsAt80PerCent(double b, double points)
    {
        Assert.Equal(points, Score766Rules.PaymentProcedures(b)!.Value, 9);
        Assert.Equal(points, Score766Rules.PaymentCoverage(b)!.Value, 9);
    }

    [Fact]
    public void OnlinePayment_SumsItsParts_NeverOverTen_AndAMissingPartCountsNothing()
    {
        Assert.Equal(3 + 1 + 2, Score766Rules.OnlinePayment(Score766Rules.PaymentRatio(0.5), Score766Rules.PaymentProcedures(0.4), 2)!.Value, 9);
        Assert.Equal(10, Score766Rules.OnlinePayment(7, 2, 2)!.Value, 9);
        Assert.Equal(2.5, Score766Rules.OnlinePayment(null, 1.25, 1.25)!.Value, 9);
    }

    [Theory]
    [InlineData(6, 0.5, 3.0)]
    [InlineData(4, 0.25, 1.0)]
    [InlineData(6, 1.0, 6.0)]
    public void Digitisation_IsItsMaxTimesTheRatio(double max, double ratio, double points) =>
        Assert.Equal(points, Score766Rules.Digitisation(max, ratio)!.Value, 9);

    [Theory]
    [InlineData(0.9, 6.0)]
    [InlineData(0.45, 3.0)]
    [InlineData(1.0, 6.0)]
    [InlineData(0.0, 0.0)]
    public void DossierSatisfaction_ReachesItsSixPointsAt90PerCent(double ratio, double points) =>
        Assert.Equal(points, Score766Rules.DossierSatisfaction(ratio)!.Value, 9);

    [Fact]
    public void OnlineServicesEstimate_IsTwelveTimesTheOnlineShare() => Assert.Equal(9, Score766Rules.OnlineServicesEstimate(0.75)!.Value, 9);

    [Theory]
    [InlineData(90.0, Score766Band.Excellent)]
    [InlineData(89.99, Score766Band.Good)]
    [InlineData(80.0, Score766Band.Good)]
    [InlineData(79.99, Score766Band.Fair)]
    [InlineData(70.0, Score766Band.Fair)]
    [InlineData(50.0, Score766Band.Average)]
    [InlineData(49.99, Score766Band.Weak)]
    [InlineData(0.0, Score766Band.Weak)]
    public void Band_OfTheTotal(double total, string band) => Assert.Equal(band, Score766Band.Of(total));

    [Fact]
    public void Band_NoTotal_NoBand() => Assert.Null(Score766Band.Of(null));
}
