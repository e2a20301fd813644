using IOC.Analytics.Dossiers;
using IOC.Analytics.Kpi;
using IOC.Analytics.Tests.Dossiers;
using IOC.Analytics.Time;

namespace IOC.Analytics.Tests.Kpi;

public sealed class PeriodIdentityTests
{
    private static readonly DateTimeOffset Now = When.At("2026-12-15T14:37:12+07:00");
    private static readonly IReadOnlyList<DossierOutcome> Outcomes = GeneratedHistories.Fold(seed: 11, count: 4000);

    [Fact]
    public void Compute_GeneratedHistory_CarriedOverPlusReceivedEqualsClosedPlusInProcessForEveryPeriod()
    {
        var periods = Periods().ToList();

        foreach (var period in periods)
        {
            var figures = PeriodFigures.Compute(Outcomes, period, Now, TestCatalog.Find);

            Assert.True(figures.CarriedOver + figures.ReceivedTotal
                == figures.ResolvedTotal + figures.Withdrawn + figures.InProcessTotal,
                $"{period}: {figures}");
        }

        Assert.Contains(periods, period => period.Start <= Now && Now < period.End);
        Assert.Contains(periods, period => Now < period.Start);
        Assert.True(periods.Count > 400);
    }

    [Fact]
    public void Compute_GeneratedHistory_UnitFiguresAddUpToTheWhole()
    {
        foreach (var period in Periods().Where(period => period.To.DayNumber - period.From.DayNumber is 6 or >= 27))
        {
            var units = GeneratedHistories.Units
                .Select(unit => Outcomes.Where(outcome => UnitOf(outcome) == unit))
                .Select(outcomes => PeriodFigures.Compute(outcomes, period, Now, TestCatalog.Find))
                .Aggregate(KpiFigures.Zero, (sum, figures) => sum + figures);

            Assert.Equal(PeriodFigures.Compute(Outcomes, period, Now, TestCatalog.Find), units);
        }
    }

    private static string? UnitOf(DossierOutcome outcome) => outcome switch
    {
        ReceivedDossier dossier => dossier.UnitCode,
        RefusedAtReception refusal => refusal.UnitCode,
        _ => null,
    };

    private static IEnumerable<Period> Periods()
    {
        for (var day = new DateOnly(2025, 12, 25); day <= new DateOnly(2027, 1, 10); day = day.AddDays(1))
        {
            yield return new Period(day, day);
            if (day.DayOfWeek == DayOfWeek.Monday)
            {
                yield return new Period(day, day.AddDays(6));
            }
            if (day.Day == 1)
            {
                yield return new Period(day, day.AddMonths(1).AddDays(-1));
            }
        }
        yield return new Period(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));
        yield return new Period(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30));
        yield return new Period(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        var random = new Random(3);
        for (var i = 0; i < 300; i++)
        {
            var from = new DateOnly(2025, 12, 1).AddDays(random.Next(200));
            yield return new Period(from, from.AddDays(random.Next(60)));
        }
    }
}
