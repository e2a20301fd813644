using IOC.Analytics.Dossiers;
using IOC.Analytics.Kpi;
using IOC.Analytics.Kpi.Flow;
using IOC.Analytics.Tests.Dossiers;

namespace IOC.Analytics.Tests.Kpi.Flow;

/// <summary>Daily flows of a few hand-made dossiers, counted by hand, around midnight in province time.</summary>
public sealed class DayFlowTests
{
    private const string Justice = "000.00.06.H56";
    private const string Construction = "000.00.07.H56";
    private static readonly DateOnly March2 = new(2026, 3, 2);
    private static readonly DateOnly March3 = new(2026, 3, 3);

    private static readonly DossierOutcome[] Dossiers =
    [
        // Received 23:59 on 2 March, resolved at 00:00 on 3 March: received on the 2nd, resolved (early) on the 3rd.
        new DossierHistory("A").Received("2026-03-02 23:59", Channel.Online).Resolved("2026-03-03 00:00").Fold(),
        // 17:00 UTC on 2 March is 00:00 on 3 March in the province: received and withdrawn on the 3rd.
        new DossierHistory("B").Received("2026-03-02T17:00:00Z", Channel.Direct).Withdrawn("2026-03-03 10:00").Fold(),
        // Refused at reception on the 2nd: refused, never received.
        new DossierHistory("C").Refused("2026-03-02 10:00").Fold(),
        // 16:59:59 UTC is 23:59:59 on the 2nd; an unknown procedure has no field; still open.
        new DossierHistory("D").Received("2026-03-02T16:59:59Z", Channel.Postal, procedure: TestCatalog.Unknown, unit: Construction).Fold(),
        // Received on 1 March, outside the days asked for, resolved late on the 3rd.
        new DossierHistory("E").Received("2026-03-01 09:00", Channel.Online, dueAt: "2026-03-02 09:00").Resolved("2026-03-03 08:00").Fold(),
    ];

    [Fact]
    public void ComputeDays_DossiersAroundMidnight_CountedOnTheirProvinceDays()
    {
        var points = Points(Index(Dossiers), March2, March3);

        var expected = new Dictionary<string, string>
        {
            [$"2026-03-02 {Justice} Hộ tịch online"] = "received=1",
            [$"2026-03-02 {Justice} Hộ tịch direct"] = "refused=1",
            [$"2026-03-02 {Construction} - postal"] = "received=1",
            [$"2026-03-03 {Justice} Hộ tịch online"] = "resolved=2 resolved_early=1 resolved_late=1",
            [$"2026-03-03 {Justice} Hộ tịch direct"] = "received=1 withdrawn=1",
        };
        foreach (var (key, fields) in expected.ToList())
        {
            expected[key.Replace(key.Split(' ')[1], FlowTestCatalog.Province, StringComparison.Ordinal)] = fields;
        }
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), points.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void ComputeDays_Points_StampedAtProvinceMidnightWithUnitLevelFieldAndChannel()
    {
        var flows = KpiFlow.Roll(Index(Dossiers).ComputeDays(new HashSet<DateOnly> { March2 }, _ => false), FlowTestCatalog.Create());
        var flow = flows.Single(f => f.Unit.Code == Justice && f.Channel == Channel.Online);
        var point = KpiFlowPoints.Of(flow);

        Assert.Equal(KpiFlowPoints.Measurement, point.Measurement);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 17, 0, 0, TimeSpan.Zero), point.Timestamp);
        Assert.Equal(new Dictionary<string, string>
        {
            ["channel"] = "online", ["field"] = "Hộ tịch", ["level"] = "department", ["unit"] = Justice, ["unit_name"] = flow.Unit.Name,
        }, point.Tags);
        Assert.Equal(KpiFlowPoints.FieldNames.Order(StringComparer.Ordinal), point.Fields.Keys);
        Assert.Equal((1L, 1L), ((long)point.Fields["received"], (long)point.Fields["received_online"]));
    }

    [Fact]
    public void Apply_DossierMovedToAnEarlierDay_TouchesItsDaysBeforeAndAfter()
    {
        var index = Index(Dossiers);
        var backdated = new DossierHistory("A").Received("2026-02-20 08:00", Channel.Online).Resolved("2026-02-21 15:00").Fold();

        var days = index.Apply([(index.LastChange + 1, DossierRows.From(backdated))]);

        Assert.Equal([new DateOnly(2026, 2, 20), new DateOnly(2026, 2, 21), March2, March3], days.Order());
        Assert.DoesNotContain($"2026-03-02 {Justice} Hộ tịch online", Points(index, March2, March3).Keys);
    }

    [Fact]
    public void Apply_DossierStillWaitingForReceipt_TouchesNoDay()
    {
        var index = new FactsIndex();
        var waiting = new DossierHistory("W").Resolved("2026-03-02 10:00").Fold();

        Assert.IsType<WaitingForReceipt>(waiting);
        Assert.Empty(index.Apply([(1, DossierRows.From(waiting))]));
    }

    private static FactsIndex Index(IEnumerable<DossierOutcome> outcomes)
    {
        var index = new FactsIndex();
        index.Apply(outcomes.Select((o, i) => ((long)i + 1, DossierRows.From(o))).ToList());
        return index;
    }

    // "day unit field channel" → the non-zero fields, e.g. "received=1 withdrawn=1" (received_online, which repeats
    // received on online points, left out).
    private static Dictionary<string, string> Points(FactsIndex index, params DateOnly[] days)
    {
        var catalog = FlowTestCatalog.Create();
        var flows = KpiFlow.Roll(index.ComputeDays(days.ToHashSet(), code => catalog.Procedure(code)?.HasFee == true), catalog);
        return flows.ToDictionary(
            f => $"{f.Day:yyyy-MM-dd} {f.Unit.Code} {f.Field ?? "-"} {f.Channel}",
            f => string.Join(' ', KpiFlowPoints.Of(f).Fields.Where(x => (long)x.Value != 0 && !x.Key.Contains("fee", StringComparison.Ordinal)
                && x.Key != "received_online")
                .Select(x => $"{x.Key}={x.Value}")));
    }
}
