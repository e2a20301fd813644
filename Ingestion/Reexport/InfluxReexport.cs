using IOC.Analytics.Catalog;
using IOC.Analytics.Hosting;
using IOC.Analytics.Influx;
using IOC.Analytics.Kpi;
using IOC.Analytics.Kpi.Flow;
using IOC.Analytics.Kpi.Live;
using IOC.Analytics.Storage;
using IOC.Ingestion.Live;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace IOC.Ingestion.Reexport;

/// <summary>What a re-export did.</summary>
public sealed record ReexportResult(int Dossiers, FlowRewrite Flows, int UnitPoints, int Units);

/// <summary>
/// Refills InfluxDB from PostgreSQL for a range of province days: loads every dossier into a facts index, rewrites the
/// days' <c>kpi_flow</c> points and writes one end-of-day <c>kpi_unit</c> point per unit and day (docs/influxdb.md,
/// "Re-export"). Safe to run again: the same days give the same points.
/// </summary>
public sealed class InfluxReexport(IocSettings settings, HttpClient http, TimeProvider time)
{
    /// <summary>Runs the re-export of the given days.</summary>
    /// <exception cref="HttpRequestException">InfluxDB does not answer.</exception>
    /// <exception cref="InfluxException">InfluxDB refused a statement.</exception>
    /// <exception cref="NpgsqlException">PostgreSQL does not answer.</exception>
    public async Task<ReexportResult> RunAsync(IReadOnlySet<DateOnly> days, CancellationToken cancellationToken)
    {
        var options = KpiInfluxSink.Options(settings);
        var query = new InfluxQueryClient(http, options);
        await query.PingAsync(cancellationToken);
        await query.CreateDatabaseAsync(options.Database, cancellationToken);
        await using var dataSource = NpgsqlDataSource.Create(settings.PostgresConnectionString);
        var store = new CatalogStore(dataSource);
        var targets = await new KpiTargetStore(dataSource).LoadAsync(settings.Targets, cancellationToken);
        var catalog = new CatalogSnapshot(await store.UnitsAsync(cancellationToken), await store.ProceduresAsync(cancellationToken));
        var index = new FactsIndex();
        using (var follower = new FactsFollower(new DossierStore(dataSource), index, time, NullLogger<FactsFollower>.Instance))
        {
            await follower.CatchUpAsync(cancellationToken);
        }
        await using var writer = new InfluxWriter(http, options, time);
        var flows = await new KpiFlowRewriter(index, query, writer).RewriteAsync(catalog, days, cancellationToken);
        var now = time.GetUtcNow();
        var unitPoints = 0;
        foreach (var day in days.Order())
        {
            foreach (var kpi in DayEndKpi.For(index, catalog, day, now))
            {
                await writer.WriteAsync(KpiPoints.Of(kpi, targets), cancellationToken);
                unitPoints++;
            }
        }
        await writer.FlushAsync(cancellationToken);
        return new ReexportResult(index.Count, flows, unitPoints, catalog.Units.Count);
    }
}
