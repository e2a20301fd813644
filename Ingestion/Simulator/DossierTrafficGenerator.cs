using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Time;

namespace IOC.Ingestion.Simulator;

/// <summary>
/// Realistic dossier traffic for a catalogue, as CONTRACT.md §1 events. Pure and seeded: each day is drawn from the seed
/// and the date alone, so the same seed gives the same dossiers and event ids whatever range is asked for.
/// </summary>
public sealed class DossierTrafficGenerator
{
    // Past the deadline a lifecycle still holds a supplement wait, a late result, delivery and a rating.
    private static readonly TimeSpan LifecycleTail = TimeSpan.FromDays(60);

    private readonly int _seed;
    private readonly ArrivalSchedule _arrivals;
    private readonly LifecycleDraw _lifecycles;

    /// <summary>
    /// A generator over the catalogue; <paramref name="calendar"/> defaults to office hours on weekdays, and without
    /// <paramref name="volumes"/> every procedure draws alike.
    /// </summary>
    public DossierTrafficGenerator(int seed, IReadOnlyCollection<Unit> units, IReadOnlyCollection<Procedure> procedures, TrafficVolume volume,
        IWorkingCalendar? calendar = null, ProcedureVolumes? volumes = null)
    {
        calendar ??= WeekdayWorkingCalendar.Instance;
        _seed = seed;
        _arrivals = new ArrivalSchedule(new ProcedureMix(units, procedures, volumes ?? ProcedureVolumes.Even, new Random(Mix(seed, int.MinValue))), calendar, volume);
        _lifecycles = new LifecycleDraw(calendar, volume.Compression);
        var reference = ProvinceTime.At(new DateOnly(2026, 1, 5), new TimeOnly(7, 0));
        var longestDeadline = procedures.Select(p => calendar.DueAt(reference, p.Deadline) - reference).DefaultIfEmpty().Max();
        LongestLifecycle = (longestDeadline + LifecycleTail) / volume.Compression;
    }

    /// <summary>An upper bound on the time from a dossier's arrival to its last event.</summary>
    public TimeSpan LongestLifecycle { get; }

    /// <summary>Every dossier arriving on that province-local date, with its whole lifecycle, including steps still to come.</summary>
    public IReadOnlyList<SimulatedDossier> Day(DateOnly date)
    {
        var random = new Random(Mix(_seed, date.DayNumber));
        return _arrivals.Day(date, random).Select(arrival => _lifecycles.Draw(arrival, random)).ToList();
    }

    /// <summary>
    /// The events of dossiers arriving from <paramref name="from"/> up to <paramref name="now"/> (the caller's clock),
    /// one list per arrival day in time order. Nothing after now: a lifecycle that would end later stays open.
    /// </summary>
    public IEnumerable<IReadOnlyList<DossierEvent>> History(DateOnly from, DateTimeOffset now)
    {
        for (var date = from; date <= ProvinceTime.DateOf(now); date = date.AddDays(1))
        {
            yield return InOrder(Day(date).Where(d => d.ArrivedAt <= now).SelectMany(d => d.Events).Where(e => e.OccurredAt <= now));
        }
    }

    /// <summary>
    /// The events falling in (<paramref name="after"/>, <paramref name="upTo"/>] of dossiers arriving from
    /// <paramref name="arrivedFrom"/>, in time order: the schedule a live feed releases as the clock reaches each one.
    /// </summary>
    public IReadOnlyList<DossierEvent> Scheduled(DateTimeOffset arrivedFrom, DateTimeOffset after, DateTimeOffset upTo)
    {
        var first = ProvinceTime.DateOf(arrivedFrom > after - LongestLifecycle ? arrivedFrom : after - LongestLifecycle);
        var events = new List<DossierEvent>();
        for (var date = first; date <= ProvinceTime.DateOf(upTo); date = date.AddDays(1))
        {
            events.AddRange(Day(date).Where(d => d.ArrivedAt >= arrivedFrom).SelectMany(d => d.Events)
                .Where(e => e.OccurredAt > after && e.OccurredAt <= upTo));
        }
        return InOrder(events);
    }

    private static List<DossierEvent> InOrder(IEnumerable<DossierEvent> events) =>
        events.OrderBy(e => e.OccurredAt).ThenBy(e => DossierEventType.Rank(e.Type)).ThenBy(e => e.EventId, StringComparer.Ordinal).ToList();

    // SplitMix64 finaliser: a day's seed must not depend on the process, as HashCode.Combine would.
    private static int Mix(int seed, int salt)
    {
        var z = ((ulong)(uint)seed << 32 | (uint)salt) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)(z ^ (z >> 31));
    }
}
