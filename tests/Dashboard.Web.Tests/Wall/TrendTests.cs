using System.Globalization;
using IOC.Dashboard.Components.Wall;

namespace IOC.Dashboard.Tests.Wall;

public sealed class TrendTests
{
    [Theory]
    [InlineData(12, 9, 3, TrendDirection.Up)]
    [InlineData(3, 10, -7, TrendDirection.Down)]
    [InlineData(5, 5, 0, TrendDirection.Flat)]
    [InlineData(0, 0, 0, TrendDirection.Flat)]
    public void OfCount_NowAndBefore_SignedDifferenceOfDossiers(int now, int before, double difference, TrendDirection direction)
    {
        var trend = Trend.OfCount(now, before);

        Assert.Equal(difference, trend.Difference);
        Assert.Equal(direction, trend.Direction);
        Assert.False(trend.IsRatio);
    }

    [Fact]
    public void OfRatio_HalfAgainstAThird_UpSixteenPointSevenPoints()
    {
        // 1 of 2 online today, 1 of 3 the same day last week: 50 % − 33,33 % = 16,67 points.
        var trend = Trend.OfRatio(0.5, 1.0 / 3)!;

        Assert.Equal(16.67, trend.Difference, precision: 2);
        Assert.True(trend.IsRatio);
        Assert.Equal(TrendDirection.Up, trend.Direction);
    }

    [Fact]
    public void OfRatio_Lower_DownInPoints()
    {
        // 7 late of 100 resolved against 4 of 100: the on-time rate falls from 96 % to 93 %, 3 points.
        var trend = Trend.OfRatio(0.93, 0.96)!;

        Assert.Equal(-3.0, trend.Difference, precision: 6);
        Assert.Equal(TrendDirection.Down, trend.Direction);
    }

    [Fact]
    public void OfRatio_MoveSmallerThanTheShownDecimal_Flat() =>
        Assert.Equal(TrendDirection.Flat, Trend.OfRatio(0.4000, 0.4004)!.Direction);

    [Theory]
    [InlineData(null, 0.5)]
    [InlineData(0.5, null)]
    [InlineData(null, null)]
    public void OfRatio_EitherWithoutDenominator_NoTrend(double? now, double? before) =>
        Assert.Null(Trend.OfRatio(now, before));

    [Fact]
    public void LastWeek_MondayMorning_SameWeekdayUpToTheSameTimeOfDay()
    {
        var (period, at) = SamePeriodBefore.LastWeek(At("2026-11-23T10:00:00+07:00"));

        Assert.Equal(new DateOnly(2026, 11, 16), period.From);
        Assert.Equal(new DateOnly(2026, 11, 16), period.To);
        Assert.Equal(At("2026-11-16T10:00:00+07:00"), at);
    }

    [Fact]
    public void LastWeek_ProvinceDateAheadOfUtc_TakesTheProvinceDay()
    {
        // 22/11 18:30 UTC is already 23/11 01:30 in the province.
        var (period, _) = SamePeriodBefore.LastWeek(At("2026-11-22T18:30:00Z"));

        Assert.Equal(new DateOnly(2026, 11, 16), period.From);
    }

    [Fact]
    public void LastYear_YearToDate_FirstOfJanuaryToTheSameDateAndTime()
    {
        var (period, at) = SamePeriodBefore.LastYear(At("2026-11-23T10:00:00+07:00"));

        Assert.Equal(new DateOnly(2025, 1, 1), period.From);
        Assert.Equal(new DateOnly(2025, 11, 23), period.To);
        Assert.Equal(At("2025-11-23T10:00:00+07:00"), at);
    }

    [Fact]
    public void LastYear_TwentyNinthOfFebruary_EndsOnTheTwentyEighth()
    {
        var (period, _) = SamePeriodBefore.LastYear(At("2028-02-29T09:00:00+07:00"));

        Assert.Equal(new DateOnly(2027, 2, 28), period.To);
    }

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);
}
