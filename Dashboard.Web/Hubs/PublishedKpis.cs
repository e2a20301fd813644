using System.Reactive.Linq;
using System.Reactive.Subjects;
using IOC.Analytics.Kpi;

namespace IOC.Dashboard.Hubs;

/// <summary>
/// The documents Ingestion publishes into the hub, as a stream the wall's store (and through it a new subscriber's
/// snapshot) follows; an older document of a unit arriving after a newer one is dropped.
/// </summary>
public sealed class PublishedKpis : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DateTimeOffset> _latestAsOf = new(StringComparer.Ordinal);
    private readonly Subject<KpiDocument> _updates = new();

    /// <summary>Each document as it is kept, per unit in the order of <see cref="KpiDocument.AsOf"/>.</summary>
    public IObservable<KpiDocument> Updates => _updates.AsObservable();

    /// <summary>Keeps the document and passes it on, unless the one held is newer.</summary>
    public void Update(KpiDocument document)
    {
        // One lock around keeping and passing on: two publications of a unit never reach followers newest first.
        lock (_lock)
        {
            if (_latestAsOf.TryGetValue(document.Unit, out var held) && held > document.AsOf)
            {
                return;
            }
            _latestAsOf[document.Unit] = document.AsOf;
            _updates.OnNext(document);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _updates.Dispose();
}
