using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace IOC.Analytics.Access;

/// <summary>
/// The <c>api_key</c> table: keys made, listed and revoked by <c>./ioc key</c>, read by both services' key rings.
/// A key is 32 random bytes, so its SHA-256 is enough to store it (no slow password hash is needed: nobody guesses
/// 256 bits); the secret itself is printed once and kept nowhere.
/// </summary>
public sealed class StoredKeys(NpgsqlDataSource dataSource)
{
    /// <summary>How a new key starts, so that an operator recognises one in a configuration file.</summary>
    public const string Prefix = "ioc_";

    /// <summary>The hexadecimal SHA-256 of a presented key: how the ring and the table know it.</summary>
    public static string HashOf(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Makes a key: its public id and its secret, which the caller shows once.</summary>
    public async Task<(string Id, string Key)> AddAsync(string name, string purpose, string? unitCode, CancellationToken cancellationToken)
    {
        var id = "k" + Convert.ToHexString(RandomNumberGenerator.GetBytes(5)).ToLowerInvariant();
        var key = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var command = dataSource.CreateCommand(
            "INSERT INTO api_key (id, name, purpose, unit_code, secret_sha256) VALUES (@id, @name, @purpose, @unit, @hash)");
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("purpose", purpose);
        command.Parameters.AddWithValue("unit", (object?)unitCode ?? DBNull.Value);
        command.Parameters.AddWithValue("hash", Convert.FromHexString(HashOf(key)));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return (id, key);
    }

    /// <summary>Every key made, the newest first, revoked ones included.</summary>
    public async Task<IReadOnlyList<StoredKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT id, name, purpose, unit_code, created_at, revoked_at FROM api_key ORDER BY created_at DESC, id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<StoredKey>();
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(new StoredKey(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5)));
        }
        return keys;
    }

    /// <summary>Revokes a key; false when no key that is not revoked yet has the id.</summary>
    public async Task<bool> RevokeAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE api_key SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL");
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("at", at);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>The keys of a purpose that are not revoked, by their hash, as the ring holds them.</summary>
    public async Task<IReadOnlyDictionary<string, Credential>> ActiveAsync(string purpose, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT secret_sha256, unit_code, id FROM api_key WHERE purpose = @purpose AND revoked_at IS NULL");
        command.Parameters.AddWithValue("purpose", purpose);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new Dictionary<string, Credential>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys[Convert.ToHexString(reader.GetFieldValue<byte[]>(0))] =
                new Credential(purpose, reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2));
        }
        return keys;
    }
}
