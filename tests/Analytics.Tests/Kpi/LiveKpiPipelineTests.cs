using System.Reactive.Concurrency;
using System.Reactive.Subjects;
using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Kpi;
using IOC.Analytics.Kpi.Live;
using IOC.Analytics.Storage;

namespace IOC.Analytics.Tests.Kpi;

public sealed class LiveKpiPipelineTests
{
    private const string Province = "P";
    private const string Commune = "P.X1";
    private const string Department = "P.S1";
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(250);

    private static readonly CatalogSnapshot Catalog = new(
        [
            new Unit(Province, "Tỉnh", null, UnitLevel.Province, null),
            new Unit(Commune, "Xã Một", Province, UnitLevel.Commune, null),
            new Unit(Department, "Sở Một", Province, UnitLevel.Department, null),
        ],
        [new Procedure("1.000001", "Khai sinh", "Hộ tịch", "commune", new Deadline(1, DeadlineUnit.WorkingDays), OnlineLevel.Full, true, false, [Commune])]);

    [Fact]
    public void Change_InACommune_EmitsTheCommuneAndTheProvinceOnceAfterTheWindow()
    {
        var (scheduler, changes, index, emitted) = Start("2026-11-23T09:00:00+07:00");

        Publish(index, changes, Received("HS-1", "2026-11-23T08:30:00+07:00", due: "2026-11-24T08:30:00+07:00"));
        Publish(index, changes, Received("HS-2", "2026-11-23T08:40:00+07:00", due: "2026-11-24T08:40:00+07:00"));
        scheduler.AdvanceBy(Window - TimeSpan.FromTicks(1));
        Assert.Empty(emitted);
        scheduler.AdvanceBy(TimeSpan.FromTicks(1));

        Assert.Equal([Province, Commune], emitted.Select(k => k.Unit.Code).Order(StringComparer.Ordinal));
        Assert.All(emitted, k => Assert.Equal(2, k.Figures.ReceivedTotal));
        Assert.All(emitted, k => Assert.Equal(2, k.Figures.InProcessWithinDeadline));
    }

    [Fact]
    public void Midnight_AfterTheDueDate_TurnsTheOpenDossierOverdueWithNoNewEvent()
    {
        var (scheduler, changes, index, emitted) = Start("2026-11-24T22:00:00+07:00");
        Publish(index, changes, Received("HS-3", "2026-11-23T08:30:00+07:00", due: "2026-11-24T08:30:00+07:00"));
        scheduler.AdvanceBy(Window);
        Assert.Equal(0, emitted.Single(k => k.Unit.Code == Province).Figures.InProcessOverdue);
        emitted.Clear();

        scheduler.AdvanceTo(DateTimeOffset.Parse("2026-11-25T00:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal([Province, Department, Commune], emitted.Select(k => k.Unit.Code).Order(StringComparer.Ordinal));
        Assert.Equal(1, emitted.Single(k => k.Unit.Code == Province).Figures.InProcessOverdue);
        Assert.Equal(1, emitted.Single(k => k.Unit.Code == Province).Figures.CarriedOver);
        Assert.Equal(0, emitted.Single(k => k.Unit.Code == Department).Figures.InProcessTotal);
    }

    private static (HistoricalScheduler, Subject<IReadOnlyList<DossierRow>>, FactsIndex, List<UnitKpi>) Start(string now)
    {
        var scheduler = new HistoricalScheduler(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        var changes = new Subject<IReadOnlyList<DossierRow>>();
        var index = new FactsIndex();
        var emitted = new List<UnitKpi>();
        LiveKpiPipeline.Create(changes, index, () => Catalog, Window, scheduler).Subscribe(emitted.Add);
        return (scheduler, changes, index, emitted);
    }

    private static void Publish(FactsIndex index, Subject<IReadOnlyList<DossierRow>> changes, DossierRow row)
    {
        index.Apply([(index.LastChange + 1, row)]);
        changes.OnNext([row]);
    }

    private static DossierRow Received(string code, string at, string due)
    {
        var events = new[]
        {
            new DossierEvent(code + "-in", code, DossierEventType.Received, DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture),
                Commune, "1.000001", Channel.Online, DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture)),
        };
        return DossierRows.From(DossierFold.Fold(events, Catalog.Procedure, IOC.Analytics.Calendar.CalendarData.ShippedCalendar()));
    }
}
