using IOC.Analytics.Dossiers;
using IOC.Analytics.Time;

namespace IOC.Ingestion.Simulator;

/// <summary>
/// Collects the events of one dossier, stamped in province time to the second and compressed towards the arrival when
/// time runs faster. Event ids are <c>sim:{dossierCode}:{type}</c>: the same seed always yields the same ids.
/// </summary>
internal sealed class LifecycleEvents(Arrival arrival, double compression)
{
    private readonly List<DossierEvent> _events = new(6);

    public void Add(string type, DateTimeOffset at, string? channel = null, DateTimeOffset? dueAt = null, bool? digitized = null,
        decimal? amount = null, bool? paidOnline = null, string? rating = null) =>
        _events.Add(new DossierEvent($"sim:{arrival.DossierCode}:{type}", arrival.DossierCode, type, Stamp(at), arrival.Unit.Code,
            arrival.Served.Procedure.Code, channel, dueAt is { } due ? Stamp(due) : null, digitized, amount, paidOnline, rating));

    public SimulatedDossier Dossier(DateTimeOffset? dueAt) =>
        new(arrival.DossierCode, arrival.At, arrival.Unit.Code, arrival.Served.Procedure.Code, arrival.Channel,
            dueAt is { } due ? Stamp(due) : null,
            _events.OrderBy(e => e.OccurredAt).ThenBy(e => DossierEventType.Rank(e.Type)).ToList());

    private DateTimeOffset Stamp(DateTimeOffset instant)
    {
        var compressed = compression == 1 ? instant : arrival.At + (instant - arrival.At) / compression;
        return new DateTimeOffset(compressed.Ticks - compressed.Ticks % TimeSpan.TicksPerSecond, compressed.Offset)
            .ToOffset(ProvinceTime.Offset);
    }
}
