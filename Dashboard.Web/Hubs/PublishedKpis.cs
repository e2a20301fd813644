using System.Reactive.Linq;
using System.Reactive.Subjects;
using IOC.Analytics.Kpi;

namespace IOC.Dashboard.Hubs;

/// <summary>
/// The latest KPI document Ingestion published into the hub for each unit, so a new subscriber starts from it; and the
/// stream of those documents, which the wall's store follows.
/// </summary>
public sealed class PublishedKpis : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, KpiDocument> _latest = new(StringComparer.Ordinal);
    private readonly Subject<KpiDocument> _updates = new();

    /// <summary>Each document as it is kept, per unit in the order of <see cref="KpiDocument.AsOf"/>.</summary>
    public IObservable<KpiDocument> Updates => _updates.AsObservable();

    /// <summary>Keeps the document and passes it on, unless the one held is newer.</summary>
    public void Update(KpiDocument document)
    {
        // One lock around keeping and passing on: two publications of a unit never reach followers newest first.
        lock (_lock)
        {
            if (_latest.TryGetValue(document.Unit, out var held) && held.AsOf > document.AsOf)
            {
                return;
            }
            _latest[document.Unit] = document;
            _updates.OnNext(document);
        }
    }

    /// <summary>The latest published document of the unit, if any.</summary>
    public KpiDocument? Latest(string unitCode)
    {
        lock (_lock)
        {
            return _latest.GetValueOrDefault(unitCode);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _updates.Dispose();
}
