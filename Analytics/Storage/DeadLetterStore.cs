using System.Text.Json;
using IOC.Analytics.Validation;
using Npgsql;
using NpgsqlTypes;

namespace IOC.Analytics.Storage;

/// <summary>A rejected element kept with its reasons until it is replayed.</summary>
public sealed record DeadLetter(long Id, string Endpoint, string? EventId, JsonElement Body, IReadOnlyList<string> Errors, DateTimeOffset ReceivedAt);

/// <summary>Keeps every rejected element of a batch (dead letters) so nothing sent is lost.</summary>
public static class DeadLetterStore
{
    /// <summary>Stores the rejected elements of a batch inside the caller's transaction.</summary>
    public static async Task AddAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string endpoint,
        IReadOnlyList<JsonElement> batch, IReadOnlyList<RejectedItem> rejected, CancellationToken cancellationToken)
    {
        if (rejected.Count == 0)
        {
            return;
        }
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO dead_letter (endpoint, event_id, body, errors)
            SELECT @endpoint, r.event_id, r.body, string_to_array(r.errors, E'\x1f')
            FROM unnest(@eventIds, @bodies, @errors) AS r(event_id, body, errors)
            """, connection, transaction);
        command.Parameters.AddWithValue("endpoint", endpoint);
        command.Parameters.Add(new NpgsqlParameter("eventIds", NpgsqlDbType.Array | NpgsqlDbType.Text)
        {
            Value = rejected.Select(r => (object?)r.EventId ?? DBNull.Value).ToArray(),
        });
        command.Parameters.Add(new NpgsqlParameter("bodies", NpgsqlDbType.Array | NpgsqlDbType.Jsonb)
        {
            Value = rejected.Select(r => batch[r.Index].GetRawText()).ToArray(),
        });
        command.Parameters.AddWithValue("errors", rejected.Select(r => string.Join('\x1f', r.Errors)).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Dead letters not yet replayed, oldest first.</summary>
    public static async Task<IReadOnlyList<DeadLetter>> ListOpenAsync(NpgsqlDataSource dataSource, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT id, endpoint, event_id, body::text, errors, received_at FROM dead_letter WHERE replayed_at IS NULL ORDER BY id LIMIT @limit");
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var letters = new List<DeadLetter>();
        while (await reader.ReadAsync(cancellationToken))
        {
            using var body = JsonDocument.Parse(reader.GetString(3));
            letters.Add(new DeadLetter(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                body.RootElement.Clone(), reader.GetFieldValue<string[]>(4), reader.GetFieldValue<DateTimeOffset>(5)));
        }
        return letters;
    }
}
