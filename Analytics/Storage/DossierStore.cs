using Npgsql;
using NpgsqlTypes;

namespace IOC.Analytics.Storage;

/// <summary>
/// Dossier state (table <c>dossier</c>) and the projector's checkpoint, written together in one transaction so that a
/// crash at any point leaves state and checkpoint consistent.
/// </summary>
public sealed class DossierStore(NpgsqlDataSource dataSource)
{
    private const string Columns =
        "code, outcome, unit_code, procedure_code, channel, received_at, due_at, due_computed, calendar_version, effective_due_at, " +
        "closed_at, closure, timeliness, supplement_requests, late766_from, overdue_changes, digitized_components, digitized_result, paid_online, " +
        "rating, flags, supplement_waits";

    /// <summary>Replaces the state of the given dossiers and moves the checkpoint of <paramref name="projection"/>.</summary>
    public async Task SaveAsync(IReadOnlyList<DossierRow> rows, string projection, long checkpoint, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (rows.Count > 0)
        {
            await Execute(connection, transaction, $"CREATE TEMP TABLE dossier_batch (LIKE dossier INCLUDING DEFAULTS) ON COMMIT DROP",
                cancellationToken);
            await CopyAsync(connection, rows, cancellationToken);
            await Execute(connection, transaction,
                $"""
                INSERT INTO dossier ({Columns}) SELECT {Columns} FROM dossier_batch
                ON CONFLICT (code) DO UPDATE SET
                    outcome = excluded.outcome, unit_code = excluded.unit_code, procedure_code = excluded.procedure_code,
                    channel = excluded.channel, received_at = excluded.received_at, due_at = excluded.due_at,
                    due_computed = excluded.due_computed, calendar_version = excluded.calendar_version,
                    effective_due_at = excluded.effective_due_at, closed_at = excluded.closed_at, closure = excluded.closure,
                    timeliness = excluded.timeliness, supplement_requests = excluded.supplement_requests, late766_from = excluded.late766_from,
                    overdue_changes = excluded.overdue_changes, digitized_components = excluded.digitized_components,
                    digitized_result = excluded.digitized_result, paid_online = excluded.paid_online, rating = excluded.rating,
                    flags = excluded.flags, supplement_waits = excluded.supplement_waits, change_seq = nextval('dossier_change_seq'), updated_at = now()
                """, cancellationToken);
        }
        await using var command = new NpgsqlCommand(
            "INSERT INTO projection_checkpoint (name, seq) VALUES (@name, @seq) ON CONFLICT (name) DO UPDATE SET seq = excluded.seq",
            connection, transaction);
        command.Parameters.AddWithValue("name", projection);
        command.Parameters.AddWithValue("seq", checkpoint);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The last event-log seq the projection has applied; 0 before the first.</summary>
    public async Task<long> CheckpointAsync(string projection, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT seq FROM projection_checkpoint WHERE name = @name");
        command.Parameters.AddWithValue("name", projection);
        return await command.ExecuteScalarAsync(cancellationToken) is long seq ? seq : 0;
    }

    /// <summary>The stored state of the given dossiers.</summary>
    public async Task<IReadOnlyDictionary<string, DossierRow>> ReadAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT 0::bigint, {Columns} FROM dossier WHERE code = ANY(@codes)");
        command.Parameters.AddWithValue("codes", codes.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new Dictionary<string, DossierRow>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = Read(reader, 1);
            rows[row.Code] = row;
        }
        return rows;
    }

    /// <summary>Open received dossiers whose due time was computed with a calendar version other than <paramref name="version"/>.</summary>
    public async Task<IReadOnlyList<string>> OpenWithComputedDueAsync(int version, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT code FROM dossier WHERE outcome = 'received' AND closed_at IS NULL AND due_computed AND calendar_version IS DISTINCT FROM @version");
        command.Parameters.AddWithValue("version", version);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var codes = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            codes.Add(reader.GetString(0));
        }
        return codes;
    }

    /// <summary>Dossiers changed after <paramref name="afterChange"/>, in change order, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<(long Change, DossierRow Row)>> ReadChangesAsync(long afterChange, int limit,
        CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT change_seq, {Columns} FROM dossier WHERE change_seq > @after ORDER BY change_seq LIMIT @limit");
        command.Parameters.AddWithValue("after", afterChange);
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(long, DossierRow)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetInt64(0), Read(reader, 1)));
        }
        return rows;
    }

    private static DossierRow Read(NpgsqlDataReader r, int o) => new(
        r.GetString(o), r.GetString(o + 1), r.GetString(o + 2), r.GetString(o + 3), Text(r, o + 4),
        Instant(r, o + 5), Instant(r, o + 6), r.GetBoolean(o + 7), r.IsDBNull(o + 8) ? null : r.GetInt32(o + 8), Instant(r, o + 9),
        Instant(r, o + 10), Text(r, o + 11), Text(r, o + 12), r.GetInt32(o + 13), Instant(r, o + 14),
        r.GetFieldValue<DateOnly[]>(o + 15), r.GetBoolean(o + 16), r.GetBoolean(o + 17),
        r.GetBoolean(o + 18), Text(r, o + 19), r.GetFieldValue<string[]>(o + 20), r.GetFieldValue<DateTimeOffset[]>(o + 21));

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateTimeOffset? Instant(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i);

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<DossierRow> rows, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY dossier_batch ({Columns}) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(row.Code, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Outcome, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.UnitCode, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.ProcedureCode, NpgsqlDbType.Text, cancellationToken);
            await WriteNullable(writer, row.Channel, NpgsqlDbType.Text, cancellationToken);
            await WriteNullable(writer, row.ReceivedAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            await WriteNullable(writer, row.DueAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(row.DueComputed, NpgsqlDbType.Boolean, cancellationToken);
            await WriteNullable(writer, row.CalendarVersion, NpgsqlDbType.Integer, cancellationToken);
            await WriteNullable(writer, row.EffectiveDueAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            await WriteNullable(writer, row.ClosedAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            await WriteNullable(writer, row.Closure, NpgsqlDbType.Text, cancellationToken);
            await WriteNullable(writer, row.Timeliness, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.SupplementRequests, NpgsqlDbType.Integer, cancellationToken);
            await WriteNullable(writer, row.Late766From?.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(row.OverdueChanges.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Date, cancellationToken);
            await writer.WriteAsync(row.DigitizedComponents, NpgsqlDbType.Boolean, cancellationToken);
            await writer.WriteAsync(row.DigitizedResult, NpgsqlDbType.Boolean, cancellationToken);
            await writer.WriteAsync(row.PaidOnline, NpgsqlDbType.Boolean, cancellationToken);
            await WriteNullable(writer, row.Rating, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Flags.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.SupplementWaits.Select(w => w.UtcDateTime).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.TimestampTz,
                cancellationToken);
        }
        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task WriteNullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await writer.WriteNullAsync(cancellationToken);
        }
        else
        {
            await writer.WriteAsync(value, type, cancellationToken);
        }
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
