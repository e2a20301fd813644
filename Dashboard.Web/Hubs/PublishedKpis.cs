using System.Collections.Concurrent;
using IOC.Analytics.Kpi;

namespace IOC.Dashboard.Hubs;

/// <summary>The latest KPI document Ingestion published for each unit, so a new subscriber starts from it.</summary>
public sealed class PublishedKpis
{
    private readonly ConcurrentDictionary<string, KpiDocument> _latest = new(StringComparer.Ordinal);

    /// <summary>Keeps the document when it is newer than the one held.</summary>
    public void Update(KpiDocument document) =>
        _latest.AddOrUpdate(document.Unit, document, (_, held) => document.AsOf >= held.AsOf ? document : held);

    /// <summary>The latest published document of the unit, if any.</summary>
    public KpiDocument? Latest(string unitCode) => _latest.GetValueOrDefault(unitCode);
}
