using System.Reactive.Concurrency;
using System.Reactive.Linq;
using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Kpi.Live;

namespace IOC.Ingestion.Live;

/// <summary>The one live pipeline of this process, shared by everything that consumes live figures (hub, InfluxDB).</summary>
public sealed class LiveKpiFeed(FactsFollower follower, FactsIndex index, CatalogCache catalog, LiveSettings settings)
{
    private readonly Lazy<IObservable<UnitKpi>> _figures = new(() =>
        LiveKpiPipeline.Create(follower, index, () => catalog.Current, settings.Window, Scheduler.Default).Publish().RefCount());

    /// <summary>Today's figures of each unit whose figures changed, and of every unit at 00:00.</summary>
    public IObservable<UnitKpi> Figures => _figures.Value;

    /// <summary>Today's figures of every unit of the catalogue, counted now.</summary>
    public IReadOnlyList<UnitKpi> EveryUnit(DateTimeOffset now)
    {
        var snapshot = catalog.Current;
        return LiveKpiPipeline.Today(index, snapshot, snapshot.Units.Select(u => u.Code).ToList(), now);
    }
}
