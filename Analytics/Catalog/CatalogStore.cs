using System.Text.Json;
using IOC.Analytics.Storage;
using IOC.Analytics.Validation;
using Npgsql;

namespace IOC.Analytics.Catalog;

/// <summary>Upserts and reads the unit and procedure catalogues (CONTRACT.md §1, PUT /api/v1/catalog/…).</summary>
public sealed class CatalogStore(NpgsqlDataSource dataSource)
{
    /// <summary>Validates and upserts units by code in one transaction; rejected ones become dead letters.</summary>
    public async Task<IngestAnswer> UpsertUnitsAsync(IReadOnlyList<JsonElement> batch, CancellationToken cancellationToken)
    {
        var (valid, rejected) = Read(batch, CatalogReader.ReadUnit, u => u.Code);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var known = await ExistingCodesAsync(connection, transaction, "unit",
            valid.Select(v => v.Item.ParentCode).OfType<string>().ToArray(), cancellationToken);
        known.UnionWith(valid.Select(v => v.Item.Code));
        var accepted = RejectWhere(valid, rejected, u => u.ParentCode is not null && !known.Contains(u.ParentCode),
            u => $"unknown parentCode '{u.ParentCode}'");
        var changed = await UpsertUnitRowsAsync(connection, transaction, accepted, cancellationToken);
        await DeadLetterStore.AddAsync(connection, transaction, "catalog/units", batch, rejected, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new IngestAnswer(changed, accepted.Count - changed, rejected.OrderBy(r => r.Index).ToList());
    }

    /// <summary>Validates and upserts procedures by code in one transaction; rejected ones become dead letters.</summary>
    public async Task<IngestAnswer> UpsertProceduresAsync(IReadOnlyList<JsonElement> batch, CancellationToken cancellationToken)
    {
        var (valid, rejected) = Read(batch, CatalogReader.ReadProcedure, p => p.Code);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var known = await ExistingCodesAsync(connection, transaction, "unit",
            valid.SelectMany(v => v.Item.UnitCodes).Distinct().ToArray(), cancellationToken);
        var accepted = RejectWhere(valid, rejected, p => p.UnitCodes.Any(c => !known.Contains(c)),
            p => "unknown unitCodes: " + string.Join(", ", p.UnitCodes.Where(c => !known.Contains(c))));
        var changed = await UpsertProcedureRowsAsync(connection, transaction, accepted, cancellationToken);
        await DeadLetterStore.AddAsync(connection, transaction, "catalog/procedures", batch, rejected, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new IngestAnswer(changed, accepted.Count - changed, rejected.OrderBy(r => r.Index).ToList());
    }

    /// <summary>Every unit of the catalogue.</summary>
    public async Task<IReadOnlyList<Unit>> UnitsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT code, name, parent_code, level, unit_type FROM unit ORDER BY code");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var units = new List<Unit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            units.Add(new Unit(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }
        return units;
    }

    /// <summary>Every procedure of the catalogue with the units that perform it.</summary>
    public async Task<IReadOnlyList<Procedure>> ProceduresAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT p.code, p.name, p.field, p.level, p.deadline_value, p.deadline_unit, p.online_level, p.full_online_eligible,
                   p.has_fee, coalesce(array_agg(pu.unit_code ORDER BY pu.unit_code) FILTER (WHERE pu.unit_code IS NOT NULL), '{}')
            FROM procedure p LEFT JOIN procedure_unit pu ON pu.procedure_code = p.code
            GROUP BY p.code ORDER BY p.code
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var procedures = new List<Procedure>();
        while (await reader.ReadAsync(cancellationToken))
        {
            procedures.Add(new Procedure(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                new Deadline(reader.GetDecimal(4), reader.GetString(5)), reader.GetString(6), reader.GetBoolean(7), reader.GetBoolean(8),
                reader.GetFieldValue<string[]>(9)));
        }
        return procedures;
    }

    private delegate T? ElementReader<T>(JsonElement element, out IReadOnlyList<string> errors);

    private static (List<(int Index, T Item)> Valid, List<RejectedItem> Rejected) Read<T>(
        IReadOnlyList<JsonElement> batch, ElementReader<T> read, Func<T, string> code) where T : class
    {
        var valid = new List<(int, T)>();
        var rejected = new List<RejectedItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < batch.Count; index++)
        {
            var item = read(batch[index], out var errors);
            if (item is null)
            {
                rejected.Add(new RejectedItem(index, CodeOf(batch[index]), errors));
            }
            else if (!seen.Add(code(item)))
            {
                rejected.Add(new RejectedItem(index, code(item), [$"code '{code(item)}' appears more than once in this batch"]));
            }
            else
            {
                valid.Add((index, item));
            }
        }
        return (valid, rejected);
    }

    private static List<T> RejectWhere<T>(List<(int Index, T Item)> valid, List<RejectedItem> rejected, Func<T, bool> fails,
        Func<T, string> reason)
    {
        var accepted = new List<T>();
        foreach (var (index, item) in valid)
        {
            if (fails(item))
            {
                rejected.Add(new RejectedItem(index, null, [reason(item)]));
            }
            else
            {
                accepted.Add(item);
            }
        }
        return accepted;
    }

    private static string? CodeOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
            ? code.GetString()
            : null;

    private static async Task<HashSet<string>> ExistingCodesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        string table, string[] codes, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT code FROM {table} WHERE code = ANY(@codes)", connection, transaction);
        command.Parameters.AddWithValue("codes", codes);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(reader.GetString(0));
        }
        return found;
    }

    private static async Task<int> UpsertUnitRowsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<Unit> units, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO unit (code, name, parent_code, level, unit_type)
            SELECT * FROM unnest(@codes, @names, @parents, @levels, @types)
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, parent_code = excluded.parent_code, level = excluded.level,
                unit_type = excluded.unit_type, updated_at = now()
            WHERE (unit.name, unit.parent_code, unit.level, unit.unit_type)
                IS DISTINCT FROM (excluded.name, excluded.parent_code, excluded.level, excluded.unit_type)
            """, connection, transaction);
        command.Parameters.AddWithValue("codes", units.Select(u => u.Code).ToArray());
        command.Parameters.AddWithValue("names", units.Select(u => u.Name).ToArray());
        command.Parameters.AddWithValue("parents", units.Select(u => u.ParentCode).ToArray());
        command.Parameters.AddWithValue("levels", units.Select(u => u.Level).ToArray());
        command.Parameters.AddWithValue("types", units.Select(u => u.Type).ToArray());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<int> UpsertProcedureRowsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<Procedure> procedures, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO procedure (code, name, field, level, deadline_value, deadline_unit, online_level, full_online_eligible, has_fee)
            SELECT * FROM unnest(@codes, @names, @fields, @levels, @values, @units, @online, @eligible, @fees)
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, field = excluded.field, level = excluded.level,
                deadline_value = excluded.deadline_value, deadline_unit = excluded.deadline_unit, online_level = excluded.online_level,
                full_online_eligible = excluded.full_online_eligible, has_fee = excluded.has_fee, updated_at = now()
            WHERE (procedure.name, procedure.field, procedure.level, procedure.deadline_value, procedure.deadline_unit,
                   procedure.online_level, procedure.full_online_eligible, procedure.has_fee)
                IS DISTINCT FROM (excluded.name, excluded.field, excluded.level, excluded.deadline_value, excluded.deadline_unit,
                   excluded.online_level, excluded.full_online_eligible, excluded.has_fee)
            """, connection, transaction);
        command.Parameters.AddWithValue("codes", procedures.Select(p => p.Code).ToArray());
        command.Parameters.AddWithValue("names", procedures.Select(p => p.Name).ToArray());
        command.Parameters.AddWithValue("fields", procedures.Select(p => p.Field).ToArray());
        command.Parameters.AddWithValue("levels", procedures.Select(p => p.Level).ToArray());
        command.Parameters.AddWithValue("values", procedures.Select(p => p.Deadline.Value).ToArray());
        command.Parameters.AddWithValue("units", procedures.Select(p => p.Deadline.Unit).ToArray());
        command.Parameters.AddWithValue("online", procedures.Select(p => p.OnlineLevel).ToArray());
        command.Parameters.AddWithValue("eligible", procedures.Select(p => p.FullOnlineEligible).ToArray());
        command.Parameters.AddWithValue("fees", procedures.Select(p => p.HasFee).ToArray());
        var changed = await command.ExecuteNonQueryAsync(cancellationToken);
        await using var performers = new NpgsqlCommand(
            """
            DELETE FROM procedure_unit WHERE procedure_code = ANY(@codes);
            INSERT INTO procedure_unit (procedure_code, unit_code) SELECT * FROM unnest(@pairProcedures, @pairUnits);
            """, connection, transaction);
        performers.Parameters.AddWithValue("codes", procedures.Select(p => p.Code).ToArray());
        performers.Parameters.AddWithValue("pairProcedures", procedures.SelectMany(p => p.UnitCodes.Select(_ => p.Code)).ToArray());
        performers.Parameters.AddWithValue("pairUnits", procedures.SelectMany(p => p.UnitCodes).ToArray());
        await performers.ExecuteNonQueryAsync(cancellationToken);
        return changed;
    }
}
