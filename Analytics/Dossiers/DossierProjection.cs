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
public sealed class DossierProjection(EventLog log, DossierStore store, ProjectionPartition partition)
{
    /// <summary>A projection of the whole province.</summary>
    public DossierProjection(EventLog log, DossierStore store)
        : this(log, store, ProjectionPartition.Province)
    {
    }

    /// <summary>The checkpoint name of the whole-province projection.</summary>
    public const string Name = "dossier";

    /// <summary>Projects the next batch of at most <paramref name="batchSize"/> events; returns how many it covered.</summary>
    public async Task<int> ProjectBatchAsync(CatalogSnapshot catalog, IWorkingCalendar calendar, int batchSize,
        CancellationToken cancellationToken)
    {
        var checkpoint = await store.CheckpointAsync(partition.Name, cancellationToken);
        var events = await log.ReadAfterAsync(checkpoint, batchSize, cancellationToken);
        if (events.Count == 0)
        {
            return 0;
        }
        var codes = events.Where(e => partition.Owns(catalog, e.Event.UnitCode))
            .Select(e => e.Event.DossierCode).Distinct(StringComparer.Ordinal).ToList();
        await store.SaveAsync(await RefoldAsync(codes, catalog, calendar, cancellationToken), partition.Name, events[^1].Seq, cancellationToken);
        return events.Count;
    }

    /// <summary>
    /// After a calendar edit: re-folds the open dossiers whose due time was computed by another calendar version, and
    /// only those (DOMAIN.md §3: never closed ones, never a source's dueAt); returns how many it re-folded.
    /// </summary>
    public async Task<int> RecomputeForCalendarAsync(CatalogSnapshot catalog, IWorkingCalendar calendar, CancellationToken cancellationToken)
    {
        var codes = await store.OpenWithComputedDueAsync(calendar.Version, cancellationToken);
        foreach (var chunk in codes.Chunk(5_000))
        {
            var checkpoint = await store.CheckpointAsync(partition.Name, cancellationToken);
            await store.SaveAsync(await RefoldAsync(chunk, catalog, calendar, cancellationToken), partition.Name, checkpoint, cancellationToken);
        }
        return codes.Count;
    }

    private async Task<List<DossierRow>> RefoldAsync(IReadOnlyCollection<string> codes, CatalogSnapshot catalog, IWorkingCalendar calendar,
        CancellationToken cancellationToken)
    {
        var history = await log.ReadDossiersAsync(codes, cancellationToken);
        var stored = await store.ReadAsync(codes, cancellationToken);
        return history.GroupBy(e => e.Event.DossierCode, StringComparer.Ordinal)
            .Select(g => DossierRows.From(DossierFold.Fold(g.Select(e => e.Event).ToList(), catalog.Procedure,
                CalendarFor(stored.GetValueOrDefault(g.Key), calendar))))
            .ToList();
    }

    // A closed dossier keeps the due time it was judged by, whatever the calendar says now.
    private static IWorkingCalendar CalendarFor(DossierRow? stored, IWorkingCalendar calendar) =>
        stored is { Outcome: DossierRow.Received, ClosedAt: not null, DueComputed: true, DueAt: { } due, CalendarVersion: { } version }
            && version != calendar.Version
            ? new PinnedDueCalendar(calendar, due, version)
            : calendar;

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
