using System.Globalization;
using System.Reactive.Concurrency;
using System.Reactive.Subjects;
using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Kpi;
using IOC.Analytics.Storage;
using IOC.Dashboard.Live;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace IOC.Dashboard.Tests.Wall;

/// <summary>
/// A small province with a known set of dossiers behind a real <see cref="LiveKpiStore"/>: changes go through a subject
/// the test writes into, Ingestion's live pipeline publishes the figures into the hub's documents the store follows, and
/// time (clock and Rx scheduler) moves by hand.
/// </summary>
public sealed class WallFixture : IDisposable
{
    public const string Province = "P";
    public const string Department = "P.S1";
    public const string CommuneOne = "P.X1";
    public const string CommuneTwo = "P.X2";
    public const string EmptyCommune = "P.X3";
    private const string ProcedureCode = "1.000001";

    public static readonly DateTimeOffset Now = At("2026-11-23T10:00:00+07:00");

    public static readonly CatalogSnapshot Catalog = new(
        [
            new Unit(Province, "Tỉnh Thử Nghiệm", null, UnitLevel.Province, null),
            new Unit(Department, "Sở Tư pháp", Province, UnitLevel.Department, null),
            new Unit(CommuneOne, "Xã Một", Province, UnitLevel.Commune, null),
            new Unit(CommuneTwo, "Xã Hai", Province, UnitLevel.Commune, null),
            new Unit(EmptyCommune, "Xã Ba", Province, UnitLevel.Commune, null),
        ],
        [new Procedure(ProcedureCode, "Khai sinh", "Hộ tịch", "commune", new Deadline(3, DeadlineUnit.WorkingDays), OnlineLevel.Full, true, false,
            [Department, CommuneOne, CommuneTwo, EmptyCommune])]);

    private readonly Subject<IReadOnlyList<DossierRow>> _changes = new();

    public WallFixture()
        : this(Now)
    {
    }

    /// <summary>The same dossiers, with the clock starting at <paramref name="now"/> instead of 10:00 on 23/11.</summary>
    public WallFixture(DateTimeOffset now)
    {
        Time = new FakeTimeProvider(now);
        Scheduler = new HistoricalScheduler(now);
        Ingestion = new IngestionPublishing(_changes, Index, Catalog, Scheduler);
        Store = new LiveKpiStore(Ingestion.Published.Updates, _changes, Index, () => Catalog, Time, NullLogger<LiveKpiStore>.Instance);
        Store.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        Publish(
            Dossier("HS-1", CommuneOne, Channel.Online, "2026-11-23T08:00:00+07:00", "2026-11-25T17:00:00+07:00"),
            Dossier("HS-2", CommuneOne, Channel.Direct, "2026-11-23T08:10:00+07:00", "2026-11-25T17:00:00+07:00", "2026-11-23T09:00:00+07:00"),
            Dossier("HS-3", CommuneTwo, Channel.Postal, "2026-11-18T08:00:00+07:00", "2026-11-20T17:00:00+07:00"),
            Dossier("HS-4", Department, Channel.Online, "2026-11-10T08:00:00+07:00", "2026-11-20T17:00:00+07:00", "2026-11-23T09:30:00+07:00"));
    }

    public FakeTimeProvider Time { get; }

    public HistoricalScheduler Scheduler { get; }

    public FactsIndex Index { get; } = new();

    public LiveKpiStore Store { get; }

    /// <summary>Ingestion's live pipeline, publishing into the hub's documents the store follows.</summary>
    public IngestionPublishing Ingestion { get; }

    /// <summary>Stores the dossiers, as the follower does, and lets the pipeline's window pass.</summary>
    public void Publish(params DossierRow[] rows)
    {
        Index.Apply(rows.Select((row, i) => (Index.LastChange + 1 + i, row)).ToList());
        _changes.OnNext(rows);
        Advance(TimeSpan.FromMilliseconds(250));
    }

    // The scheduler first: what the pipeline emits then asks for a render, which the clock's advance lets happen.
    public void Advance(TimeSpan by)
    {
        Scheduler.AdvanceBy(by);
        Time.Advance(by);
    }

    public static DossierRow Dossier(string code, string unit, string channel, string receivedAt, string dueAt, string? resolvedAt = null)
    {
        var events = new List<DossierEvent>
        {
            new(code + "-in", code, DossierEventType.Received, At(receivedAt), unit, ProcedureCode, channel, At(dueAt)),
        };
        if (resolvedAt is not null)
        {
            events.Add(new(code + "-done", code, DossierEventType.Resolved, At(resolvedAt), unit, ProcedureCode));
        }
        return DossierRows.From(DossierFold.Fold(events, Catalog.Procedure, CalendarData.ShippedCalendar()));
    }

    public void Dispose()
    {
        Store.Dispose();
        Ingestion.Dispose();
        _changes.Dispose();
    }

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);
}
