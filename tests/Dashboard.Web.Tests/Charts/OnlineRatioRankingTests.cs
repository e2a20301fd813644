using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Time;
using IOC.Dashboard.Charts;

namespace IOC.Dashboard.Tests.Charts;

public sealed class OnlineRatioRankingTests
{
    private static readonly Period Year = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 23));

    [Fact]
    public void Of_TwelveUnits_ThreeBestHighestFirstAndThreeWorstLowestFirst()
    {
        // Unit k received 20 dossiers, k of them online: ratios 0,05 … 0,60.
        var children = Enumerable.Range(1, 12).Select(k => Child($"Xã {k:D2}", online: k, direct: 20 - k)).ToList();

        var ranking = OnlineRatioRanking.Of(children);

        Assert.Equal(["Xã 12", "Xã 11", "Xã 10"], ranking.Best.Select(k => k.Name));
        Assert.Equal(["Xã 01", "Xã 02", "Xã 03"], ranking.Worst.Select(k => k.Name));
    }

    [Fact]
    public void Of_UnitBelowTheMinimum_IsNotRanked()
    {
        var children = new[]
        {
            Child("Xã Ít", online: OnlineRatioRanking.MinimumReceived - 1, direct: 0),
            Child("Xã Đủ", online: 5, direct: 5),
        };

        var ranking = OnlineRatioRanking.Of(children);

        Assert.Equal(["Xã Đủ"], ranking.Best.Concat(ranking.Worst).Select(k => k.Name));
    }

    [Fact]
    public void Of_FewUnits_SplitsThemSoNoUnitIsAtBothEnds()
    {
        var children = new[]
        {
            Child("Sở A", online: 9, direct: 1),
            Child("Sở B", online: 1, direct: 9),
            Child("Sở C", online: 5, direct: 5),
        };

        var ranking = OnlineRatioRanking.Of(children);

        Assert.Equal(["Sở A", "Sở C"], ranking.Best.Select(k => k.Name));
        Assert.Equal(["Sở B"], ranking.Worst.Select(k => k.Name));
    }

    [Fact]
    public void Of_EqualRatios_TheUnitThatReceivedMoreRanksFirstAtBothEnds()
    {
        var children = new[]
        {
            Child("Xã Nhỏ cao", online: 8, direct: 2),
            Child("Xã Lớn cao", online: 80, direct: 20),
            Child("Xã Nhỏ thấp", online: 1, direct: 9),
            Child("Xã Lớn thấp", online: 10, direct: 90),
        };

        var ranking = OnlineRatioRanking.Of(children);

        Assert.Equal(["Xã Lớn cao", "Xã Nhỏ cao"], ranking.Best.Select(k => k.Name));
        Assert.Equal(["Xã Lớn thấp", "Xã Nhỏ thấp"], ranking.Worst.Select(k => k.Name));
    }

    private static RankedEntry Child(string name, int online, int direct) => RankedEntry.Of(new UnitKpi(
        new Unit(name, name, "P", UnitLevel.Commune, null),
        Year,
        DateTimeOffset.UnixEpoch,
        new KpiFigures { ReceivedOnline = online, ReceivedDirect = direct },
        new ServiceCounts(0, 0, 0, 0)));
}
