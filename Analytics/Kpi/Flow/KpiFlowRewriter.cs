using IOC.Analytics.Catalog;
using IOC.Analytics.Influx;

namespace IOC.Analytics.Kpi.Flow;

/// <summary>What a rewrite did.</summary>
public sealed record FlowRewrite(int Days, int Points);

/// <summary>
/// Rewrites whole province days of <c>kpi_flow</c> from the facts index: deletes each day's points, then writes the day's
/// points again and waits until InfluxDB has them. Idempotent: rewriting a day twice leaves what rewriting it once does.
/// A combination that no longer has any flow disappears with the delete. Run one rewrite at a time per writer, so no
/// earlier day's points are still buffered when a delete runs.
/// </summary>
public sealed class KpiFlowRewriter(FactsIndex index, InfluxQueryClient query, InfluxWriter writer)
{
    /// <summary>Rewrites the given days with the catalogue's units, ancestors and fields.</summary>
    /// <exception cref="HttpRequestException">InfluxDB does not answer; nothing was deleted or written.</exception>
    /// <exception cref="InfluxException">InfluxDB refused the delete (e.g. no such database); nothing was written.</exception>
    public async Task<FlowRewrite> RewriteAsync(CatalogSnapshot catalog, IReadOnlySet<DateOnly> days, CancellationToken cancellationToken)
    {
        if (days.Count == 0)
        {
            return new FlowRewrite(0, 0);
        }
        var flows = KpiFlow.Roll(index.ComputeDays(days, code => catalog.Procedure(code)?.HasFee == true), catalog);
        await query.DeleteAsync(KpiFlowPoints.Measurement, Runs(days), cancellationToken);
        foreach (var flow in flows)
        {
            await writer.WriteAsync(KpiFlowPoints.Of(flow), cancellationToken);
        }
        await writer.FlushAsync(cancellationToken);
        return new FlowRewrite(days.Count, flows.Count);
    }

    // Consecutive days make one time range, so a year's rewrite is one DELETE statement.
    private static List<(DateTimeOffset From, DateTimeOffset To)> Runs(IReadOnlySet<DateOnly> days)
    {
        var runs = new List<(DateTimeOffset, DateTimeOffset)>();
        var ordered = days.Order().ToList();
        var start = 0;
        for (var i = 1; i <= ordered.Count; i++)
        {
            if (i == ordered.Count || ordered[i] != ordered[i - 1].AddDays(1))
            {
                runs.Add((KpiFlowPoints.TimeOf(ordered[start]), KpiFlowPoints.TimeOf(ordered[i - 1].AddDays(1))));
                start = i;
            }
        }
        return runs;
    }
}
