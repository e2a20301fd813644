using IOC.Analytics.Influx;

namespace IOC.Analytics.Health;

/// <summary>
/// A service's figures about itself: the same values its meter exposes as OpenTelemetry metrics and
/// <see cref="HealthSampler"/> writes to InfluxDB as <c>ioc_health</c> (docs/influxdb.md).
/// </summary>
public interface IServiceHealth
{
    /// <summary>The service's tag value in <c>ioc_health</c>, e.g. <c>ingestion</c>.</summary>
    string Service { get; }

    /// <summary>The point with the current figures added as fields.</summary>
    Point WithFigures(Point point);
}
