using System.Reflection;
using IOC.Analytics.Kpi;
using IOC.Analytics.Kpi.Counts;
using S = IOC.Analytics.Kpi.Counts.DossierStanding;

namespace IOC.Analytics.Tests.Kpi.Counts;

/// <summary>The table of counts: its names, where each count travels, and what each rule makes of a standing.</summary>
public sealed class KpiCountTests
{
    [Fact]
    public void All_EveryCount_HasItsOwnIndexNameAndFlowField()
    {
        Assert.Equal(Enumerable.Range(0, KpiCount.All.Count), KpiCount.All.Select(c => c.Index));
        Assert.Equal(KpiCount.All.Count, KpiCount.All.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(KpiCount.Flows.Count, KpiCount.Flows.Select(c => c.Flow).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Details_CountsOutsideTheContract_AreTheOnesTheReadmeNames()
    {
        Assert.Equal(
            ["progress766OnTime", "receivedFeeBearing", "receivedFeeBearingPaidOnline", "receivedDigitized", "resolvedDigitized",
                "resolvedRated", "resolvedRatedSatisfied"],
            KpiCount.Details.Select(c => c.Name));
    }

    [Fact]
    public void KpiFigures_EachNamedProperty_ReadsAndWritesItsOwnCount()
    {
        var properties = typeof(KpiFigures).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(int) && p.SetMethod is not null)
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

        Assert.Equal(KpiCount.All.Select(c => c.Name).Order(StringComparer.OrdinalIgnoreCase),
            properties.Keys.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        foreach (var count in KpiCount.All)
        {
            var figures = new KpiFigures();
            properties[count.Name].SetValue(figures, count.Index + 100);

            Assert.Equal(count.Index + 100, figures[count]);
            Assert.Equal(count.Index + 100, KpiCount.All.Sum(c => figures[c]));
        }
    }

    [Fact]
    public void With_ChangedCopy_LeavesTheOriginalAsItWas()
    {
        var original = new KpiFigures { ReceivedOnline = 1 };

        var copy = original with { ReceivedOnline = 2 };

        Assert.Equal((1, 2), (original.ReceivedOnline, copy.ReceivedOnline));
        Assert.NotEqual(original, copy);
        Assert.Equal(new KpiFigures { ReceivedOnline = 1 }, original);
        Assert.Equal(new KpiFigures { ReceivedOnline = 1 }.GetHashCode(), original.GetHashCode());
    }

    public static TheoryData<string, S, string[]> Standings() => new()
    {
        { "received online with digitised components", S.Received | S.Online | S.DigitizedComponents, ["receivedOnline", "receivedDigitized"] },
        { "received at the desk, fee paid online", S.Received | S.FeeBearing | S.PaidOnline,
            ["receivedDirect", "receivedFeeBearing", "receivedFeeBearingPaidOnline"] },
        { "carried over, resolved late and rated satisfied", S.CarriedOver | S.Closed | S.Resolved | S.Late | S.LateFor766 | S.Rated
            | S.RatedSatisfiedOrNeutral, ["carriedOver", "resolvedLate", "resolvedRated"] },
        { "resolved on time, rated neutral, digitised result", S.Closed | S.Resolved | S.Rated | S.RatedSatisfiedOrNeutral | S.DigitizedResult,
            ["resolvedOnTime", "progress766OnTime", "resolvedDigitized", "resolvedRated", "resolvedRatedSatisfied"] },
        { "withdrawn", S.Received | S.Closed, ["receivedDirect", "withdrawn"] },
        { "in process within the deadline", S.InProcess, ["inProcessWithinDeadline", "progress766OnTime"] },
        { "in process, late for 766 only (two supplements)", S.InProcess | S.LateFor766, ["inProcessWithinDeadline"] },
        { "in process and overdue", S.CarriedOver | S.InProcess | S.Overdue | S.LateFor766, ["carriedOver", "inProcessOverdue"] },
        { "refused at reception", S.Refused, ["refused"] },
        { "fee-bearing but nothing in the period", S.FeeBearing | S.PaidOnline | S.Rated, [] },
    };

    [Theory]
    [MemberData(nameof(Standings))]
    public void Count_OneDossierOfAStanding_OneInEachCountByHand(string dossier, S standing, string[] expected)
    {
        var figures = PeriodFigures.Count(standing);

        Assert.True(expected.Order(StringComparer.Ordinal).SequenceEqual(
            KpiCount.All.Where(c => figures[c] == 1).Select(c => c.Name).Order(StringComparer.Ordinal)), dossier);
        Assert.All(KpiCount.All, c => Assert.InRange(figures[c], 0, 1));
    }
}
