using System.Security.Cryptography;
using System.Text.Json;
using IOC.Analytics.Dossiers;
using Npgsql;
using NpgsqlTypes;

namespace IOC.Analytics.Storage;

/// <summary>What happened to each event of an append.</summary>
public sealed record AppendResult(int Accepted, int Duplicates, IReadOnlyList<int> Conflicts);

/// <summary>
/// The append-only, durable event log (dossier_event). An event is stored once per eventId; a repeat with the same
/// content is a duplicate, one with other content a conflict.
/// </summary>
public sealed class EventLog(NpgsqlDataSource dataSource)
{
    // Appends are serialised so that seq order is commit order and readers tailing by seq miss nothing.
    private const long AppendLockKey = 0x10C_E7E4_7106;

    /// <summary>
    /// Appends the events in one transaction; <paramref name="beforeCommit"/> runs inside it (e.g. to dead-letter the
    /// conflicts and the rest of the batch's rejects), so the answer is given only for what is durable.
    /// </summary>
    public async Task<AppendResult> AppendAsync(IReadOnlyList<DossierEvent> events,
        Func<NpgsqlConnection, NpgsqlTransaction, AppendResult, Task> beforeCommit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = events.Count == 0 ? new AppendResult(0, 0, []) : await InsertAsync(connection, transaction, events, cancellationToken);
        await beforeCommit(connection, transaction, result);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>The content fingerprint of an event: equal for the same event whatever offset its instants were written in.</summary>
    public static byte[] Fingerprint(DossierEvent e) =>
        SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(e with
        {
            OccurredAt = e.OccurredAt.ToUniversalTime(),
            DueAt = e.DueAt?.ToUniversalTime(),
        }));

    /// <summary>Events with seq greater than <paramref name="afterSeq"/>, in seq order, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<(long Seq, DossierEvent Event)>> ReadAfterAsync(long afterSeq, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT seq, body::text FROM dossier_event WHERE seq > @after ORDER BY seq LIMIT @limit");
        command.Parameters.AddWithValue("after", afterSeq);
        command.Parameters.AddWithValue("limit", limit);
        return await ReadAsync(command, cancellationToken);
    }

    /// <summary>Every stored event of the given dossiers.</summary>
    public async Task<IReadOnlyList<(long Seq, DossierEvent Event)>> ReadDossiersAsync(IReadOnlyCollection<string> dossierCodes,
        CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT seq, body::text FROM dossier_event WHERE dossier_code = ANY(@codes) ORDER BY seq");
        command.Parameters.AddWithValue("codes", dossierCodes.ToArray());
        return await ReadAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<(long, DossierEvent)>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var events = new List<(long, DossierEvent)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add((reader.GetInt64(0), EventJson.Parse(reader.GetString(1))));
        }
        return events;
    }

    private static async Task<AppendResult> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<DossierEvent> events, CancellationToken cancellationToken)
    {
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("key", AppendLockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        var fingerprints = events.Select(Fingerprint).ToArray();
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO dossier_event (event_id, dossier_code, type, occurred_at, unit_code, procedure_code, body, content_hash)
            SELECT * FROM unnest(@ids, @dossiers, @types, @occurred, @units, @procedures, @bodies, @hashes)
            ON CONFLICT (event_id) DO NOTHING
            RETURNING event_id
            """, connection, transaction);
        insert.Parameters.AddWithValue("ids", events.Select(e => e.EventId).ToArray());
        insert.Parameters.AddWithValue("dossiers", events.Select(e => e.DossierCode).ToArray());
        insert.Parameters.AddWithValue("types", events.Select(e => e.Type).ToArray());
        insert.Parameters.AddWithValue("occurred", events.Select(e => e.OccurredAt.ToUniversalTime()).ToArray());
        insert.Parameters.AddWithValue("units", events.Select(e => e.UnitCode).ToArray());
        insert.Parameters.AddWithValue("procedures", events.Select(e => e.ProcedureCode).ToArray());
        insert.Parameters.Add(new NpgsqlParameter("bodies", NpgsqlDbType.Array | NpgsqlDbType.Jsonb)
        {
            Value = events.Select(e => EventJson.Serialize(e)).ToArray(),
        });
        insert.Parameters.AddWithValue("hashes", fingerprints);
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await insert.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                inserted.Add(reader.GetString(0));
            }
        }
        return await ClassifyRepeatsAsync(connection, transaction, events, fingerprints, inserted, cancellationToken);
    }

    private static async Task<AppendResult> ClassifyRepeatsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<DossierEvent> events, byte[][] fingerprints, HashSet<string> inserted,
        CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        await using (var select = new NpgsqlCommand("SELECT event_id, content_hash FROM dossier_event WHERE event_id = ANY(@ids)",
                         connection, transaction))
        {
            select.Parameters.AddWithValue("ids", events.Select(e => e.EventId).Distinct().ToArray());
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                stored[reader.GetString(0)] = reader.GetFieldValue<byte[]>(1);
            }
        }
        var accepted = 0;
        var duplicates = 0;
        var conflicts = new List<int>();
        for (var index = 0; index < events.Count; index++)
        {
            var id = events[index].EventId;
            if (inserted.Remove(id))
            {
                accepted++;
            }
            else if (stored.TryGetValue(id, out var hash) && hash.AsSpan().SequenceEqual(fingerprints[index]))
            {
                duplicates++;
            }
            else
            {
                conflicts.Add(index);
            }
        }
        return new AppendResult(accepted, duplicates, conflicts);
    }
}
