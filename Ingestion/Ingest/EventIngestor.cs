using System.Text.Json;
using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Storage;
using IOC.Analytics.Validation;
using IOC.Ingestion.Health;
using IOC.Ingestion.Validation;

namespace IOC.Ingestion.Ingest;

/// <summary>
/// Validates a batch of dossier events, commits the valid ones to the event log and the rejected ones to the dead
/// letters in the same transaction, then wakes the projector.
/// </summary>
public sealed class EventIngestor(CatalogCache catalog, EventLog log, LogNotifier notifier, TimeProvider time, IngestionHealth health,
    PipelineLag lag)
{
    /// <summary>The dead-letter endpoint name of dossier events.</summary>
    public const string Endpoint = "events";

    /// <summary>The error of an event for a unit outside the subtree of the key that posted it.</summary>
    public const string ForbiddenUnit = "forbidden-unit";

    /// <summary>
    /// Ingests a batch; the answer counts only what is durable. With <paramref name="keyUnit"/> (a key limited to a unit),
    /// an event for a unit outside that unit's subtree is rejected with <see cref="ForbiddenUnit"/> and not kept as a
    /// dead letter: a replay, made with the province's key, would let it in.
    /// </summary>
    public async Task<IngestAnswer> IngestAsync(IReadOnlyList<JsonElement> batch, string? keyUnit, CancellationToken cancellationToken)
    {
        var (valid, rejected) = await ValidateAsync(batch, cancellationToken);
        var forbidden = keyUnit is null ? [] : Outside(valid, keyUnit, catalog.Current);
        valid.RemoveAll(v => forbidden.Any(f => f.Index == v.Index));
        var result = await log.AppendAsync(valid.Select(v => v.Event).ToList(), async (connection, transaction, appended) =>
        {
            rejected.AddRange(appended.Conflicts.Select(i => new RejectedItem(valid[i].Index, valid[i].Event.EventId, ["conflict"])));
            await DeadLetterStore.AddAsync(connection, transaction, Endpoint, batch, rejected, cancellationToken);
        }, cancellationToken);
        if (result.Accepted > 0)
        {
            lag.Accepted();
            notifier.Notify();
        }
        var answer = new IngestAnswer(result.Accepted, result.Duplicates, rejected.Concat(forbidden).OrderBy(r => r.Index).ToList());
        health.Count(answer);
        return answer;
    }

    private static List<RejectedItem> Outside(List<(int Index, DossierEvent Event)> valid, string keyUnit, CatalogSnapshot snapshot) =>
        valid.Where(v => v.Event.UnitCode != keyUnit && !snapshot.Ancestors(v.Event.UnitCode).Contains(keyUnit))
            .Select(v => new RejectedItem(v.Index, v.Event.EventId, [ForbiddenUnit]))
            .ToList();

    /// <summary>Validates every element against the catalogue, reloading it once when a code is unknown.</summary>
    public async Task<(List<(int Index, DossierEvent Event)> Valid, List<RejectedItem> Rejected)> ValidateAsync(
        IReadOnlyList<JsonElement> batch, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.FreshEnoughAsync(missed: false, cancellationToken);
        var outcome = Validate(batch, snapshot);
        if (outcome.Rejected.Any(r => r.Errors.Any(e => e.StartsWith("unknown ", StringComparison.Ordinal))))
        {
            var reloaded = await catalog.FreshEnoughAsync(missed: true, cancellationToken);
            if (!ReferenceEquals(reloaded, snapshot))
            {
                outcome = Validate(batch, reloaded);
            }
        }
        return outcome;
    }

    private (List<(int Index, DossierEvent Event)> Valid, List<RejectedItem> Rejected) Validate(IReadOnlyList<JsonElement> batch, CatalogSnapshot snapshot)
    {
        var now = time.GetUtcNow();
        var valid = new List<(int, DossierEvent)>(batch.Count);
        var rejected = new List<RejectedItem>();
        for (var index = 0; index < batch.Count; index++)
        {
            var dossierEvent = DossierEventValidator.Validate(batch[index], snapshot, now, out var errors);
            if (dossierEvent is null)
            {
                rejected.Add(new RejectedItem(index, DossierEventValidator.EventIdOf(batch[index]), errors));
            }
            else
            {
                valid.Add((index, dossierEvent));
            }
        }
        return (valid, rejected);
    }
}
