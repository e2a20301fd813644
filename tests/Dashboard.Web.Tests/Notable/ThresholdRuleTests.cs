using IOC.Analytics.Kpi;
using IOC.Analytics.Time;
using IOC.Dashboard.Live;
using IOC.Dashboard.Live.Notable;
using IOC.Dashboard.Tests.Wall;

namespace IOC.Dashboard.Tests.Notable;

/// <summary>A commune's figures of today, one after another, against the default targets (online ≥ 40 %, late ≤ 5 %).</summary>
public sealed class ThresholdRuleTests
{
    private static readonly DateTimeOffset Now = WallFixture.Now;
    private readonly ThresholdRule _rule = new(() => KpiTargets.Default);

    [Fact]
    public void Judge_FirstFigures_OnlySetWhereTheUnitStands()
    {
        Assert.Empty(_rule.Judge(Today(online: 5, direct: 20), Now));
    }

    [Fact]
    public void Judge_OnlineRatioFallsUnderTheTarget_ReportsTheCrossing()
    {
        _rule.Judge(Today(online: 10, direct: 10), Now);

        var crossing = Assert.Single(_rule.Judge(Today(online: 10, direct: 16), Now.AddMinutes(1)));

        Assert.Equal(new ThresholdCrossing(Now.AddMinutes(1), WallFixture.CommuneOne, "Xã Một", ThresholdMeasure.OnlineRatio, 10.0 / 26, 0.4,
            Met: false), crossing);
    }

    [Fact]
    public void Judge_BackAtTheTargetWithinTheQuietTime_WaitsAndReportsWhenItIsOver()
    {
        _rule.Judge(Today(online: 10, direct: 10), Now);
        _rule.Judge(Today(online: 10, direct: 16), Now.AddMinutes(1));

        Assert.Empty(_rule.Judge(Today(online: 14, direct: 16), Now.AddMinutes(5)));
        var back = Assert.Single(_rule.Judge(Today(online: 14, direct: 16), Now.AddMinutes(1) + ThresholdRule.Quiet));
        Assert.True(back.Met);
    }

    [Fact]
    public void Judge_FewerDossiersThanTheMinimum_JudgesNothing()
    {
        _rule.Judge(Today(online: 10, direct: 9), Now);

        Assert.Empty(_rule.Judge(Today(online: 1, direct: 18), Now.AddMinutes(1)));
    }

    [Fact]
    public void Judge_OverdueRateOverTheCeiling_ReportsTheCrossing()
    {
        _rule.Judge(Today(resolvedOnTime: 20), Now);

        var crossing = Assert.Single(_rule.Judge(Today(resolvedOnTime: 20, resolvedLate: 2), Now.AddMinutes(1)));

        Assert.Equal(ThresholdMeasure.OverdueRate, crossing.Measure);
        Assert.Equal(2.0 / 22, crossing.Ratio, 10);
        Assert.False(crossing.Met);
    }

    private static UnitKpi Today(int online = 0, int direct = 0, int resolvedOnTime = 0, int resolvedLate = 0)
    {
        var today = ProvinceTime.DateOf(Now);
        var figures = new KpiFigures { ReceivedOnline = online, ReceivedDirect = direct, ResolvedOnTime = resolvedOnTime, ResolvedLate = resolvedLate };
        return new UnitKpi(WallFixture.Catalog.Unit(WallFixture.CommuneOne)!, new Period(today, today), Now, figures, new ServiceCounts(1, 1, 0, 0));
    }
}
