using IOC.Analytics.Dossiers;
using IOC.Analytics.Kpi;
using IOC.Analytics.Kpi.Flow;
using IOC.Analytics.Tests.Dossiers;
using IOC.Analytics.Time;

namespace IOC.Analytics.Tests.Kpi.Flow;

/// <summary>
/// The property kpi_flow exists for: summing the day points of any period gives the period's flow figures from
/// <see cref="KpiQuery"/>, for every unit including the province root, on generated histories.
/// </summary>
public sealed class DayFlowPeriodTests
{
    private static readonly IReadOnlyList<DossierOutcome> Outcomes = GeneratedHistories.Fold(seed: 31, count: 3000);

    [Fact]
    public void SumOfDayPoints_AnyPeriod_EqualsThePeriodFiguresOfKpiQuery()
    {
        var catalog = FlowTestCatalog.Create();
        var index = new FactsIndex();
        index.Apply(Outcomes.Select((o, i) => ((long)i + 1, DossierRows.From(o))).ToList());
        var year = Enumerable.Range(0, 365).Select(GeneratedHistories.From.AddDays).ToHashSet();
        var points = KpiFlow.Roll(index.ComputeDays(year, code => catalog.Procedure(code)?.HasFee == true), catalog)
            .Select(KpiFlowPoints.Of).ToList();
        var now = ProvinceTime.StartOf(GeneratedHistories.To.AddDays(2));

        foreach (var period in Periods())
        {
            foreach (var unit in catalog.Units)
            {
                var figures = KpiQuery.ForUnit(index, catalog, unit, period, now).Figures;
                var inPeriod = points.Where(p => p.Tags["unit"] == unit.Code && period.Contains(ProvinceTime.DateOf(p.Timestamp))).ToList();
                Assert.True(Expected(figures).SequenceEqual(Summed(inPeriod)),
                    $"{period} {unit.Code}:\nKpiQuery  {string.Join(", ", Expected(figures))}\nkpi_flow  {string.Join(", ", Summed(inPeriod))}");
            }
        }
        Assert.Contains(points, p => (long)p.Fields["received"] > 0 && p.Tags["unit"] == FlowTestCatalog.Province);
    }

    private static IEnumerable<Period> Periods()
    {
        for (var monday = new DateOnly(2026, 1, 5); monday.Year == 2026; monday = monday.AddDays(7 * 5))
        {
            yield return new Period(monday, monday.AddDays(6));
        }
        for (var month = 1; month <= 12; month++)
        {
            var first = new DateOnly(2026, month, 1);
            yield return new Period(first, first.AddMonths(1).AddDays(-1));
        }
        yield return new Period(new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 22));
        yield return new Period(new DateOnly(2026, 4, 29), new DateOnly(2026, 5, 3));
        yield return new Period(new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 3));
        yield return new Period(GeneratedHistories.From, GeneratedHistories.To);
    }

    private static IEnumerable<string> Expected(KpiFigures f) =>
    [
        $"received/direct={f.ReceivedDirect}", $"received/online={f.ReceivedOnline}", $"received/postal={f.ReceivedPostal}",
        $"resolved={f.ResolvedTotal}", $"received_online={f.ReceivedOnline}", $"resolved_early={f.ResolvedEarly}", $"resolved_on_time={f.ResolvedOnTime}",
        $"resolved_late={f.ResolvedLate}", $"withdrawn={f.Withdrawn}", $"refused={f.Refused}",
        $"received_fee_bearing={f.ReceivedFeeBearing}", $"received_fee_bearing_paid_online={f.ReceivedFeeBearingPaidOnline}",
        $"received_digitized={f.ReceivedDigitized}", $"resolved_digitized={f.ResolvedDigitized}", $"resolved_rated={f.ResolvedRated}",
        $"resolved_rated_satisfied={f.ResolvedRatedSatisfied}",
    ];

    private static IEnumerable<string> Summed(IReadOnlyList<IOC.Analytics.Influx.Point> points) =>
    [
        .. Channel.All.Select(c => $"received/{c}={Sum(points.Where(p => p.Tags["channel"] == c), "received")}"),
        .. KpiFlowPoints.FieldNames.Where(f => f != "received").Select(f => $"{f}={Sum(points, f)}"),
    ];

    private static long Sum(IEnumerable<IOC.Analytics.Influx.Point> points, string field) => points.Sum(p => (long)p.Fields[field]);
}
