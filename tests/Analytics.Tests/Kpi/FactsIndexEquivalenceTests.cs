using IOC.Analytics.Dossiers;
using IOC.Analytics.Kpi;
using IOC.Analytics.Storage;
using IOC.Analytics.Tests.Dossiers;
using IOC.Analytics.Time;

namespace IOC.Analytics.Tests.Kpi;

/// <summary>
/// The facts index (what the KPI API, the live figures and the reports count with) gives exactly the figures of the
/// reference definition, <see cref="PeriodFigures"/>, on generated histories as they stand at "now" (only the events
/// that occurred before it, as a store holds them). The index judges an open dossier's standing by the day (its standing
/// at the day's last instant); the reference judges it at T. The two agree at every period's end and at any "now".
/// </summary>
public sealed class FactsIndexEquivalenceTests
{
    private static readonly IReadOnlyList<IReadOnlyList<DossierEvent>> Histories =
        GeneratedHistories.Create(seed: 23, count: 4000).ToList();
    private static readonly IReadOnlyList<DossierOutcome> Outcomes = Histories.Select(DossierHistory.Fold).ToList();

    public static TheoryData<string> Nows() => new()
    {
        "2026-02-17T00:00:00+07:00",
        "2026-03-02T00:00:00+07:00",
        "2026-04-15T14:37:12+07:00",
        "2026-04-30T23:59:59+07:00",
        "2026-06-10T10:15:00+07:00",
        "2026-08-21T16:45:30+07:00",
        "2026-11-25T09:00:00+07:00",
        "2027-01-05T11:00:00+07:00",
    };

    [Theory]
    [MemberData(nameof(Nows))]
    public void Compute_EveryPeriodAndUnit_EqualsTheReferenceDefinition(string nowText)
    {
        var now = DateTimeOffset.Parse(nowText, System.Globalization.CultureInfo.InvariantCulture);
        var outcomes = KnownAt(now);
        var index = Index(outcomes);
        IReadOnlyList<IReadOnlyCollection<string>> groups = [.. GeneratedHistories.Units.Select(u => (IReadOnlyCollection<string>)[u]),
            GeneratedHistories.Units];
        var periods = Periods().ToList();

        foreach (var period in periods)
        {
            var fast = index.Compute(groups, period, now, code => TestCatalog.Find(code)?.HasFee == true);
            for (var g = 0; g < groups.Count; g++)
            {
                var members = groups[g].ToHashSet();
                var reference = PeriodFigures.Compute(outcomes.Where(o => members.Contains(UnitOf(o))), period, now, TestCatalog.Find);
                Assert.True(reference == fast[g].Figures, $"{period} units {string.Join('+', members)}:\nreference {reference}\nindex     {fast[g].Figures}");
            }
        }
        Assert.True(periods.Count > 40);
    }

    [Fact]
    public void Apply_ChangedDossier_ReplacesWhatTheIndexHeld()
    {
        var first = Outcomes.OfType<ReceivedDossier>().First(d => d.ClosedAt is null);
        var closed = first with { ClosedAt = first.ReceivedAt.AddDays(1), Closure = ClosureKind.Withdrawn };
        var index = Index([first]);
        var period = new Period(GeneratedHistories.From, GeneratedHistories.To);
        var now = ProvinceTime.StartOf(GeneratedHistories.To.AddDays(1));

        index.Apply([(index.LastChange + 1, DossierRows.From(closed))]);

        var figures = index.Compute([[first.UnitCode]], period, now, _ => false)[0].Figures;
        Assert.Equal(1, index.Count);
        Assert.Equal(1, figures.Withdrawn);
        Assert.Equal(0, figures.InProcessTotal);
    }

    private static List<DossierOutcome> KnownAt(DateTimeOffset now) => Histories
        .Select(events => events.Where(e => e.OccurredAt < now).ToList())
        .Where(events => events.Count > 0)
        .Select(DossierHistory.Fold)
        .ToList();

    private static FactsIndex Index(IEnumerable<DossierOutcome> outcomes)
    {
        var index = new FactsIndex();
        index.Apply(outcomes.Select((o, i) => ((long)i + 1, DossierRows.From(o))).ToList());
        return index;
    }

    private static string UnitOf(DossierOutcome outcome) => outcome switch
    {
        ReceivedDossier d => d.UnitCode,
        RefusedAtReception r => r.UnitCode,
        WaitingForReceipt w => w.Events[0].UnitCode,
        _ => "",
    };

    private static IEnumerable<Period> Periods()
    {
        for (var day = GeneratedHistories.From.AddDays(-3); day <= GeneratedHistories.To.AddDays(3); day = day.AddDays(1))
        {
            if (day.DayOfWeek == DayOfWeek.Monday)
            {
                yield return new Period(day, day.AddDays(6));
            }
            if (day.Day == 1)
            {
                yield return new Period(day, day.AddMonths(1).AddDays(-1));
            }
            if (day.DayNumber % 5 == 0)
            {
                yield return new Period(day, day);
            }
        }
        yield return new Period(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        yield return new Period(new DateOnly(2025, 12, 1), new DateOnly(2026, 2, 14));
    }
}
