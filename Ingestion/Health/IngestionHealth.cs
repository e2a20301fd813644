using System.Diagnostics.Metrics;
using IOC.Analytics.Health;
using IOC.Analytics.Influx;
using IOC.Analytics.Validation;

namespace IOC.Ingestion.Health;

/// <summary>
/// Ingestion's figures about itself (meter <c>IOC.Ingestion</c>, InfluxDB <c>ioc_health</c> with <c>service=ingestion</c>):
/// events accepted, duplicates and rejects since start, the pipeline lag, and the InfluxDB writer's buffer depth and retries.
/// </summary>
public sealed class IngestionHealth : IServiceHealth
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "IOC.Ingestion";

    private readonly InfluxWriter _writer;
    private readonly PipelineLag _lag;
    private long _accepted;
    private long _duplicates;
    private long _rejected;

    /// <summary>Creates the meter and its instruments.</summary>
    public IngestionHealth(IMeterFactory meters, InfluxWriter writer, PipelineLag lag)
    {
        _writer = writer;
        _lag = lag;
        var meter = meters.Create(MeterName);
        meter.CreateObservableCounter("ioc.ingestion.events.accepted", () => Interlocked.Read(ref _accepted), "{event}",
            "Dossier events stored (answered 202) since start");
        meter.CreateObservableCounter("ioc.ingestion.events.duplicates", () => Interlocked.Read(ref _duplicates), "{event}",
            "Dossier events that repeated a stored eventId with the same content, since start");
        meter.CreateObservableCounter("ioc.ingestion.events.rejected", () => Interlocked.Read(ref _rejected), "{event}",
            "Dossier events rejected and dead-lettered, since start");
        meter.CreateObservableGauge("ioc.ingestion.pipeline.lag", _lag.Seconds, "s",
            "From a batch's 202 to the live figures that include it");
        meter.CreateObservableGauge("ioc.influx.buffer.depth", () => _writer.GetStats().BufferDepth, "{point}",
            "Points waiting in the InfluxDB writer");
        meter.CreateObservableCounter("ioc.influx.retries", () => _writer.GetStats().Retries, "{attempt}",
            "Failed InfluxDB writes that were retried, since start");
    }

    /// <inheritdoc />
    public string Service => "ingestion";

    /// <summary>Counts a batch's answer.</summary>
    public void Count(IngestAnswer answer)
    {
        Interlocked.Add(ref _accepted, answer.Accepted);
        Interlocked.Add(ref _duplicates, answer.Duplicates);
        Interlocked.Add(ref _rejected, answer.Rejected.Count);
    }

    /// <inheritdoc />
    public Point WithFigures(Point point)
    {
        var influx = _writer.GetStats();
        return point
            .Field("events_accepted", Interlocked.Read(ref _accepted))
            .Field("events_duplicates", Interlocked.Read(ref _duplicates))
            .Field("events_rejected", Interlocked.Read(ref _rejected))
            .Field("pipeline_lag_seconds", _lag.Seconds())
            .Field("influx_buffer_depth", influx.BufferDepth)
            .Field("influx_retries", influx.Retries);
    }
}
