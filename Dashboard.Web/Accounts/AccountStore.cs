using Npgsql;

namespace IOC.Dashboard.Accounts;

/// <summary>The <c>account</c> table: add, find, list and disable accounts, and count their wrong passwords.</summary>
public sealed class AccountStore(NpgsqlDataSource dataSource)
{
    private const string Columns = "name, role, unit_code, password_hash, failed_sign_ins, locked_until, disabled_at";

    /// <summary>Adds the account; false when one of that name exists already.</summary>
    public async Task<bool> AddAsync(string name, string role, string unitCode, string passwordHash, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO account (name, role, unit_code, password_hash) VALUES (@name, @role, @unit, @hash) ON CONFLICT (name) DO NOTHING");
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("role", role);
        command.Parameters.AddWithValue("unit", unitCode);
        command.Parameters.AddWithValue("hash", passwordHash);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>The account of that name, or null.</summary>
    public async Task<Account?> FindAsync(string name, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM account WHERE name = @name");
        command.Parameters.AddWithValue("name", name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>Every account, by name.</summary>
    public async Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM account ORDER BY name");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var accounts = new List<Account>();
        while (await reader.ReadAsync(cancellationToken))
        {
            accounts.Add(Read(reader));
        }
        return accounts;
    }

    /// <summary>Disables the account from <paramref name="at"/>; false when there is none of that name.</summary>
    public async Task<bool> DisableAsync(string name, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE account SET disabled_at = COALESCE(disabled_at, @at) WHERE name = @name");
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("at", at);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>
    /// Counts one more wrong password; the <paramref name="limit"/>-th in a row locks the account until
    /// <paramref name="lockedUntil"/> and starts the count again. In one statement, so parallel attempts all count.
    /// </summary>
    public async Task RecordFailureAsync(string name, int limit, DateTimeOffset lockedUntil, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            UPDATE account SET
                locked_until = CASE WHEN failed_sign_ins + 1 >= @limit THEN @until ELSE locked_until END,
                failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= @limit THEN 0 ELSE failed_sign_ins + 1 END
            WHERE name = @name
            """);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("limit", limit);
        command.Parameters.AddWithValue("until", lockedUntil);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Forgets the wrong passwords before a right one.</summary>
    public async Task RecordSuccessAsync(string name, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE account SET failed_sign_ins = 0, locked_until = NULL WHERE name = @name AND (failed_sign_ins <> 0 OR locked_until IS NOT NULL)");
        command.Parameters.AddWithValue("name", name);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static Account Read(NpgsqlDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
        reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
        reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6));
}
