using IOC.Analytics.Dossiers;
using IOC.Analytics.Time;

namespace IOC.Analytics.Tests.Dossiers;

public sealed class OverdueTests
{
    private static readonly DateOnly LastDay = GeneratedHistories.To.AddDays(90);

    [Fact]
    public void IsOverdueAt_MidnightAfterTheDueDate_TurnsOverdue()
    {
        var dossier = new DossierHistory().Received("2026-03-02 08:00", dueAt: "2026-03-05 09:00").FoldReceived();

        Assert.False(dossier.IsOverdueAt(When.At("2026-03-05 16:00")));
        Assert.False(dossier.IsOverdueAt(When.At("2026-03-05T23:59:59+07:00")));
        Assert.True(dossier.IsOverdueAt(When.At("2026-03-06 00:00")));
        Assert.Equal(When.Date("2026-03-06"), dossier.OverdueFromDate);
    }

    [Fact]
    public void IsOpenAt_AtTheReceiptAndClosureInstants_AsOfTheInstantBefore()
    {
        var dossier = new DossierHistory().Received("2026-03-02 08:00").Withdrawn("2026-03-09 00:00").FoldReceived();

        Assert.False(dossier.IsOpenAt(When.At("2026-03-02 08:00")));
        Assert.True(dossier.IsOpenAt(When.At("2026-03-02 08:01")));
        Assert.True(dossier.IsOpenAt(When.At("2026-03-09 00:00")));
        Assert.True(dossier.IsOverdueAt(When.At("2026-03-09 00:00")));
        Assert.False(dossier.IsOpenAt(When.At("2026-03-09 00:01")));
        Assert.False(dossier.IsOverdueAt(When.At("2026-03-09 00:01")));
    }

    [Fact]
    public void OverdueFromDate_DueBeforeTheReceipt_TheReceiptDate()
    {
        var dossier = new DossierHistory().Received("2026-03-09 10:00", dueAt: "2026-03-06 17:00").FoldReceived();

        Assert.True(dossier.IsOverdueAt(When.At("2026-03-09 10:30")));
        Assert.Equal(When.Date("2026-03-09"), dossier.OverdueFromDate);
    }

    [Fact]
    public void OverdueFromDate_NoDueTime_Never()
    {
        var dossier = new DossierHistory().Received("2026-03-02 08:00", procedure: TestCatalog.Unknown).FoldReceived();

        Assert.False(dossier.IsOverdueAt(When.At("2027-01-01 00:00")));
        Assert.Null(dossier.OverdueFromDate);
    }

    [Fact]
    public void OverdueFromDate_ClosedBeforeTurningOverdue_Never()
    {
        var dossier = new DossierHistory().Received("2026-03-02 08:00").Resolved("2026-03-05 16:00").FoldReceived();

        Assert.Null(dossier.OverdueFromDate);
    }

    [Fact]
    public void OverdueChangeDates_GeneratedDossiers_AgreeWithTheStandingAtTheEndOfEveryDayWhileOpen()
    {
        var dossiers = GeneratedHistories.Fold(seed: 7, count: 3000).OfType<ReceivedDossier>().ToList();
        var checkedDays = 0;
        var overdueDays = 0;
        var disagreements = new List<string>();

        foreach (var dossier in dossiers)
        {
            var changes = dossier.OverdueChangeDates;
            for (var day = GeneratedHistories.From.AddDays(-1); day <= LastDay; day = day.AddDays(1))
            {
                var endOfDay = ProvinceTime.StartOf(day.AddDays(1));
                if (!dossier.IsOpenAt(endOfDay))
                {
                    continue;
                }
                checkedDays++;
                var expected = dossier.IsOverdueAt(endOfDay, day);
                overdueDays += expected ? 1 : 0;
                if (expected != (changes.Count(change => change <= day) % 2 == 1))
                {
                    disagreements.Add($"{dossier.DossierCode} on {day}, changes {string.Join(", ", changes)}");
                }
            }
        }

        Assert.Empty(disagreements);
        Assert.True(dossiers.Count > 2500);
        Assert.True(checkedDays > 50_000, $"only {checkedDays} open days checked");
        Assert.True(overdueDays > 1000, $"only {overdueDays} overdue days checked");
    }
}
