using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;
using IOC.Analytics.Storage;

namespace IOC.Analytics.Dossiers;

/// <summary>
/// Folds the event log into dossier state. Each batch reads the events after the checkpoint, re-folds every dossier
/// they touch from all of that dossier's events (so arrival order never matters) and writes the new states together
/// with the new checkpoint in one transaction: a crash anywhere replays at most one batch, and re-folding is
/// idempotent, so nothing is lost or counted twice.
/// </summary>
public sealed class DossierProjection(EventLog log, DossierStore store)
{
    /// <summary>The checkpoint name of this projection.</summary>
    public const string Name = "dossier";

    /// <summary>Projects the next batch of at most <paramref name="batchSize"/> events; returns how many it covered.</summary>
    public async Task<int> ProjectBatchAsync(CatalogSnapshot catalog, IWorkingCalendar calendar, int batchSize,
        CancellationToken cancellationToken)
    {
        var checkpoint = await store.CheckpointAsync(Name, cancellationToken);
        var events = await log.ReadAfterAsync(checkpoint, batchSize, cancellationToken);
        if (events.Count == 0)
        {
            return 0;
        }
        var codes = events.Select(e => e.Event.DossierCode).Distinct(StringComparer.Ordinal).ToList();
        var history = await log.ReadDossiersAsync(codes, cancellationToken);
        var rows = history.GroupBy(e => e.Event.DossierCode, StringComparer.Ordinal)
            .Select(g => DossierRows.From(DossierFold.Fold(g.Select(e => e.Event).ToList(), catalog.Procedure, calendar)))
            .ToList();
        await store.SaveAsync(rows, Name, events[^1].Seq, cancellationToken);
        return events.Count;
    }

    /// <summary>Projects until the log is exhausted; returns how many events it covered.</summary>
    public async Task<int> ProjectAllAsync(CatalogSnapshot catalog, IWorkingCalendar calendar, CancellationToken cancellationToken)
    {
        var total = 0;
        int projected;
        while ((projected = await ProjectBatchAsync(catalog, calendar, 20_000, cancellationToken)) > 0)
        {
            total += projected;
        }
        return total;
    }
}
