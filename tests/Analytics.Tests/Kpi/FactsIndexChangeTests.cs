using IOC.Analytics.Dossiers;
using IOC.Analytics.Kpi;
using IOC.Analytics.Storage;
using IOC.Analytics.Tests.Dossiers;
using IOC.Analytics.Time;

namespace IOC.Analytics.Tests.Kpi;

/// <summary>What the facts index tells about each change, for those who keep figures counted from it.</summary>
public sealed class FactsIndexChangeTests
{
    [Fact]
    public void Apply_DossierResolvedLater_RaisesChangedWithItsReceiptAndClosureDays()
    {
        var index = new FactsIndex();
        var raised = new List<IReadOnlySet<DateOnly>>();
        index.Changed += raised.Add;
        index.Apply([(1, Row(new DossierHistory("a").Received("2026-03-02 08:00")))]);

        index.Apply([(2, Row(new DossierHistory("a").Received("2026-03-02 08:00").Resolved("2026-03-04 10:00")))]);

        Assert.Equal([When.Date("2026-03-02")], raised[0]);
        Assert.Equal([When.Date("2026-03-02"), When.Date("2026-03-04")], raised[1].Order());
        Assert.Equal(2, index.Version);
        Assert.Equal(When.At("2026-03-04 10:00").UtcTicks, index.LatestInstant);
    }

    [Fact]
    public void Apply_DossierWaitingForItsReceipt_RaisesNothingButMovesTheVersion()
    {
        var index = new FactsIndex();
        var raised = 0;
        index.Changed += _ => raised++;

        index.Apply([(1, Row(new DossierHistory("a").Resolved("2026-03-04 10:00")))]);

        Assert.Equal(0, raised);
        Assert.Equal(1, index.Version);
    }

    [Fact]
    public void ReceivedPerBucket_SeveralGroups_EachCountedInOnePass()
    {
        var index = new FactsIndex();
        index.Apply(
        [
            (1, Row(new DossierHistory("a").Received("2026-03-02 08:10"))),
            (2, Row(new DossierHistory("b").Received("2026-03-02 09:20", unit: DossierHistory.OtherUnit))),
        ]);

        var counts = index.ReceivedPerBucket([[DossierHistory.Unit], [DossierHistory.Unit, DossierHistory.OtherUnit]],
            ProvinceTime.StartOf(When.Date("2026-03-02")), TimeSpan.FromHours(1), 24);

        Assert.Equal(1, counts[0][8]);
        Assert.Equal(1, counts[0].Sum());
        Assert.Equal([1, 1], new[] { counts[1][8], counts[1][9] });
        Assert.Equal(2, counts[1].Sum());
    }

    private static DossierRow Row(DossierHistory history) => DossierRows.From(history.Fold());
}
