using IOC.Analytics.Storage;
using IOC.Analytics.Validation;
using Npgsql;

namespace IOC.Ingestion.Ingest;

/// <summary>The outcome of a replay: dead letters now taken (accepted or duplicates) and those still rejected.</summary>
public sealed record ReplayAnswer(int Replayed, int Accepted, int Duplicates, IReadOnlyList<RejectedItem> StillRejected);

/// <summary>Re-submits open dead letters of dossier events, e.g. after a missing unit was added to the catalogue.</summary>
public sealed class DeadLetterReplayer(NpgsqlDataSource dataSource, EventIngestor ingestor, EventLog log, LogNotifier notifier)
{
    /// <summary>Replays up to <paramref name="limit"/> open dead letters; those still failing stay open with their new reasons.</summary>
    public async Task<ReplayAnswer> ReplayAsync(int limit, CancellationToken cancellationToken)
    {
        var letters = (await DeadLetterStore.ListOpenAsync(dataSource, limit, cancellationToken))
            .Where(d => d.Endpoint == EventIngestor.Endpoint).ToList();
        var (valid, rejected) = await ingestor.ValidateAsync(letters.Select(l => l.Body).ToList(), cancellationToken);
        var result = await log.AppendAsync(valid.Select(v => v.Event).ToList(), async (connection, transaction, appended) =>
        {
            rejected.AddRange(appended.Conflicts.Select(i => new RejectedItem(valid[i].Index, valid[i].Event.EventId, ["conflict"])));
            var failing = rejected.ToDictionary(r => r.Index);
            for (var index = 0; index < letters.Count; index++)
            {
                await UpdateAsync(connection, transaction, letters[index].Id, failing.GetValueOrDefault(index), cancellationToken);
            }
        }, cancellationToken);
        if (result.Accepted > 0)
        {
            notifier.Notify();
        }
        var stillRejected = rejected.Select(r => r with { Index = (int)letters[r.Index].Id }).OrderBy(r => r.Index).ToList();
        return new ReplayAnswer(letters.Count - stillRejected.Count, result.Accepted, result.Duplicates, stillRejected);
    }

    private static async Task UpdateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, RejectedItem? failing,
        CancellationToken cancellationToken)
    {
        await using var command = failing is null
            ? new NpgsqlCommand("UPDATE dead_letter SET replayed_at = now() WHERE id = @id", connection, transaction)
            : new NpgsqlCommand("UPDATE dead_letter SET errors = @errors WHERE id = @id", connection, transaction);
        command.Parameters.AddWithValue("id", id);
        if (failing is not null)
        {
            command.Parameters.AddWithValue("errors", failing.Errors.ToArray());
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
