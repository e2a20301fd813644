using IOC.Analytics.Kpi;

namespace IOC.Analytics.Tests.Kpi;

public sealed class KpiFiguresTests
{
    [Fact]
    public void Ratios_NoDossiers_AllNullNeverZero()
    {
        var figures = KpiFigures.Zero;

        Assert.Null(figures.OnlineRatio);
        Assert.Null(figures.OverdueRate);
        Assert.Null(figures.OnTimeRate);
        Assert.Null(figures.Progress766);
        Assert.Null(figures.InProcessOverdueRatio);
        Assert.Null(figures.OnlinePaymentRatio);
        Assert.Null(figures.DigitizedComponentsRatio);
        Assert.Null(figures.DigitizedResultsRatio);
        Assert.Null(figures.SatisfactionRatio);
    }

    [Fact]
    public void Ratios_ZeroNumeratorOverNonZeroDenominator_ZeroNotNull()
    {
        var figures = new KpiFigures { ResolvedEarly = 2, ReceivedDirect = 4 };

        Assert.Equal(0.0, figures.OverdueRate);
        Assert.Equal(1.0, figures.OnTimeRate);
        Assert.Equal(0.0, figures.OnlineRatio);
        Assert.Equal(0.0, figures.Progress766);
        Assert.Null(figures.InProcessOverdueRatio);
        Assert.Null(figures.OnlinePaymentRatio);
        Assert.Null(figures.SatisfactionRatio);
    }

    [Fact]
    public void Ratios_ByHand_NumeratorOverDenominator()
    {
        var figures = new KpiFigures
        {
            ReceivedDirect = 5, ReceivedOnline = 3, ReceivedPostal = 2,
            ResolvedEarly = 1, ResolvedOnTime = 2, ResolvedLate = 1,
            InProcessWithinDeadline = 3, InProcessOverdue = 1, Progress766OnTime = 5,
            ReceivedFeeBearing = 4, ReceivedFeeBearingPaidOnline = 1, ReceivedDigitized = 6, ResolvedDigitized = 2,
            ResolvedRated = 4, ResolvedRatedSatisfied = 3,
        };

        Assert.Equal(10, figures.ReceivedTotal);
        Assert.Equal(0.3, figures.OnlineRatio);
        Assert.Equal(0.25, figures.OverdueRate);
        Assert.Equal(0.75, figures.OnTimeRate);
        Assert.Equal(5.0 / 8, figures.Progress766);
        Assert.Equal(0.25, figures.InProcessOverdueRatio);
        Assert.Equal(0.25, figures.OnlinePaymentRatio);
        Assert.Equal(0.6, figures.DigitizedComponentsRatio);
        Assert.Equal(0.5, figures.DigitizedResultsRatio);
        Assert.Equal(0.75, figures.SatisfactionRatio);
    }

    [Fact]
    public void Add_TwoChildUnits_EveryCountSumsToTheParent()
    {
        var counts = typeof(KpiFigures).GetProperties().Where(property => property.CanWrite).ToList();
        var first = new KpiFigures();
        var second = new KpiFigures();
        for (var i = 0; i < counts.Count; i++)
        {
            counts[i].SetValue(first, i + 1);
            counts[i].SetValue(second, 100 * (i + 1));
        }

        var parent = first.Add(second);

        Assert.Equal(18, counts.Count);
        Assert.All(counts.Select((property, i) => (property, i)),
            count => Assert.Equal(101 * (count.i + 1), count.property.GetValue(parent)));
        Assert.Equal(first + second, parent);
    }
}
