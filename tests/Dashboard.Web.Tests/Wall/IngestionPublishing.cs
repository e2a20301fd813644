using System.Reactive.Concurrency;
using System.Reactive.Linq;
using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Kpi.Live;
using IOC.Analytics.Storage;
using IOC.Dashboard.Hubs;

namespace IOC.Dashboard.Tests.Wall;

/// <summary>
/// What Ingestion does for the wall, in process: the live pipeline over the dossier changes, each new figure published
/// into the hub's <see cref="PublishedKpis"/> as the <c>Publish</c> call would.
/// </summary>
public sealed class IngestionPublishing : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(250);
    private readonly IDisposable _pipeline;

    public IngestionPublishing(IObservable<IReadOnlyList<DossierRow>> changes, FactsIndex index, CatalogSnapshot catalog, IScheduler scheduler)
    {
        _pipeline = LiveKpiPipeline.Create(changes, index, () => catalog, Window, scheduler)
            .Select(KpiDocument.Of)
            .Subscribe(Published.Update);
    }

    /// <summary>The hub's documents, which the store follows.</summary>
    public PublishedKpis Published { get; } = new();

    public void Dispose()
    {
        _pipeline.Dispose();
        Published.Dispose();
    }
}
