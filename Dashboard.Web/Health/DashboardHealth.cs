using System.Diagnostics.Metrics;
using IOC.Analytics.Health;
using IOC.Analytics.Influx;
using IOC.Dashboard.Hubs;

namespace IOC.Dashboard.Health;

/// <summary>
/// The dashboard's figures about itself (meter <c>IOC.Dashboard</c>, InfluxDB <c>ioc_health</c> with <c>service=dashboard</c>):
/// hub clients connected, units they follow, and documents a newer one replaced before a slow client took them.
/// </summary>
public sealed class DashboardHealth : IServiceHealth
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "IOC.Dashboard";

    private readonly Subscriptions _subscriptions;

    /// <summary>Creates the meter and its instruments.</summary>
    public DashboardHealth(IMeterFactory meters, Subscriptions subscriptions)
    {
        _subscriptions = subscriptions;
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("ioc.hub.clients", () => _subscriptions.Clients, "{connection}",
            "Connections open on /hubs/kpi (readers and Ingestion)");
        meter.CreateObservableGauge("ioc.hub.subscriptions", () => _subscriptions.Count, "{subscription}",
            "Units followed, summed over the hub's connections");
        meter.CreateObservableCounter("ioc.hub.superseded", () => _subscriptions.Superseded, "{document}",
            "kpi documents replaced by a newer one of the same unit before a slow connection took them, since start");
    }

    /// <inheritdoc />
    public string Service => "dashboard";

    /// <inheritdoc />
    public Point WithFigures(Point point) => point
        .Field("hub_clients", (long)_subscriptions.Clients)
        .Field("hub_subscriptions", (long)_subscriptions.Count)
        .Field("hub_superseded", _subscriptions.Superseded);
}
