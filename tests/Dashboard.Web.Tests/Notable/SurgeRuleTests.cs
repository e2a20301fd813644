using IOC.Analytics.Storage;
using IOC.Dashboard.Live.Notable;
using IOC.Dashboard.Tests.Wall;
using static IOC.Dashboard.Tests.Notable.NotableRows;

namespace IOC.Dashboard.Tests.Notable;

/// <summary>
/// A week of history: the procedure received 2 (or 5) dossiers between 09:00 and 10:00 on each of the 7 previous days
/// (its typical count for that hour), and the other procedure 1 dossier eight days ago (so the history spans the week).
/// </summary>
public sealed class SurgeRuleTests
{
    private static readonly DateTimeOffset Now = At("2026-11-23T10:00:00+07:00");
    private readonly SurgeRule _rule = new();

    [Theory]
    [InlineData(10, 0, true)]
    [InlineData(9, 0, false)]
    [InlineData(15, 5, true)]
    [InlineData(14, 5, false)]
    public void IsSurge_LastHourAgainstTypical_NeedsTheMinimumAndTheFactor(int lastHour, double typical, bool expected) =>
        Assert.Equal(expected, SurgeRule.IsSurge(lastHour, typical));

    [Fact]
    public void Find_FiveTimesTheTypicalHour_ReportsTheSurge()
    {
        var found = _rule.Find([.. Week(), .. LastHour("NOW", 10)], WallFixture.Catalog, Now);

        var surge = Assert.Single(found);
        Assert.Equal((Now, Procedure, "Khai sinh", 10, 2.0), (surge.At, surge.ProcedureCode, surge.ProcedureName, surge.LastHour, surge.Typical));
        Assert.Equal([WallFixture.CommuneOne], surge.ReceivingUnits);
    }

    [Fact]
    public void Find_UnderThreeTimesTheTypicalHour_ReportsNothing()
    {
        _rule.Find(Week(perDay: 5), WallFixture.Catalog, Now.AddHours(-2));

        Assert.Empty(_rule.Find(LastHour("NOW", 14), WallFixture.Catalog, Now));
    }

    [Fact]
    public void Find_ReceiptsOfTheSameDossiersAgain_AreCountedOnce()
    {
        var lastHour = LastHour("NOW", 5);
        _rule.Find([.. Week(), .. lastHour], WallFixture.Catalog, Now);

        // The same five dossiers changing again (e.g. a payment) do not make ten receipts.
        Assert.Empty(_rule.Find(lastHour, WallFixture.Catalog, Now.AddMinutes(1)));
    }

    [Fact]
    public void Find_LessThanAWeekOfHistory_ReportsNothing()
    {
        var found = _rule.Find([.. Week().Where(r => r.ReceivedAt > Now.AddDays(-6)), .. LastHour("NOW", 30)], WallFixture.Catalog, Now);

        Assert.Empty(found);
    }

    [Fact]
    public void Find_SurgeGoesOn_ReportsItAgainOnlyAfterAnHour()
    {
        _rule.Find([.. Week(), .. LastHour("A", 10)], WallFixture.Catalog, Now);

        Assert.Empty(_rule.Find(LastHour("B", 10, Now.AddMinutes(30)), WallFixture.Catalog, Now.AddMinutes(30)));
        var later = Assert.Single(_rule.Find(LastHour("C", 10, Now.AddMinutes(61)), WallFixture.Catalog, Now.AddMinutes(61)));
        Assert.Equal(20, later.LastHour);
    }

    private static List<DossierRow> Week(int perDay = 2)
    {
        var rows = new List<DossierRow> { Received("OLD", Now.AddDays(-8), OtherProcedure) };
        for (var day = 1; day <= SurgeRule.Days; day++)
        {
            rows.AddRange(Enumerable.Range(0, perDay).Select(i => Received($"D{day}-{i}", Now.AddDays(-day).AddMinutes(-50 + 10 * i))));
        }
        return rows;
    }

    private static List<DossierRow> LastHour(string prefix, int count, DateTimeOffset? upTo = null) =>
        Enumerable.Range(0, count).Select(i => Received($"{prefix}-{i}", (upTo ?? Now).AddMinutes(-5 - i))).ToList();
}
