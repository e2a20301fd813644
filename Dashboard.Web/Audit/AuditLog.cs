using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace IOC.Dashboard.Audit;

/// <summary>The <c>audit_entry</c> table: every change to accounts and keys, written with it, listed newest first.</summary>
public sealed class AuditLog(NpgsqlDataSource dataSource)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Records a change; <paramref name="before"/> and <paramref name="after"/> are serialised as JSON.</summary>
    public async Task RecordAsync(string actor, string action, string subject, object? before, object? after, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO audit_entry (actor, action, subject, before, after) VALUES (@actor, @action, @subject, @before, @after)");
        command.Parameters.AddWithValue("actor", actor);
        command.Parameters.AddWithValue("action", action);
        command.Parameters.AddWithValue("subject", subject);
        command.Parameters.AddWithValue("before", NpgsqlDbType.Jsonb, before is null ? DBNull.Value : JsonSerializer.Serialize(before, Json));
        command.Parameters.AddWithValue("after", NpgsqlDbType.Jsonb, after is null ? DBNull.Value : JsonSerializer.Serialize(after, Json));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The latest <paramref name="limit"/> changes, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT id, at, actor, action, subject, before::text, after::text FROM audit_entry ORDER BY at DESC, id DESC LIMIT @limit");
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        }
        return entries;
    }
}
