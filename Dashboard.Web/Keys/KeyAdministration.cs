using IOC.Analytics.Access;
using IOC.Dashboard.Accounts;
using IOC.Dashboard.Audit;
using IOC.Dashboard.Hosting;
using Npgsql;

namespace IOC.Dashboard.Keys;

/// <summary>The answer to making a key: what went wrong, or its id and its secret (shown once).</summary>
public sealed record KeyChange(string? Problem, ChangeRefusal Refusal = ChangeRefusal.None, string? Id = null, string? Key = null,
    string? Name = null);

/// <summary>
/// Making and revoking keys, for <c>./ioc key</c> and the admin page alike, every change audited
/// (<see cref="AuditLog"/>; never the secret).
/// </summary>
public sealed class KeyAdministration(NpgsqlDataSource dataSource, StoredKeys keys, AuditLog audit, TimeProvider time)
{
    /// <summary>Makes a key of a purpose (<c>read</c> or <c>ingest</c>), limited to <paramref name="unit"/>'s subtree when given.</summary>
    public async Task<KeyChange> AddAsync(string actor, string? purpose, string? unit, string? name, CancellationToken cancellationToken)
    {
        if (purpose is not (AccessPurpose.Read or AccessPurpose.Ingest))
        {
            return new KeyChange("the purpose is read or ingest", ChangeRefusal.Usage);
        }
        if (unit is not null && await OperatorCommand.UnitLevelAsync(dataSource, unit) is null)
        {
            return new KeyChange($"unit {unit} is not in the catalogue", ChangeRefusal.UnknownUnit);
        }
        var named = string.IsNullOrWhiteSpace(name) ? $"{purpose} {unit ?? "province"}" : name.Trim();
        var (id, key) = await keys.AddAsync(named, purpose, unit, cancellationToken);
        await audit.RecordAsync(actor, "key.add", id, null, new { id, name = named, purpose, unit, revoked = false }, cancellationToken);
        return new KeyChange(null, Id: id, Key: key, Name: named);
    }

    /// <summary>Revokes a key; null when done, otherwise why not.</summary>
    public async Task<string?> RevokeAsync(string actor, string id, CancellationToken cancellationToken)
    {
        var key = (await keys.ListAsync(cancellationToken)).FirstOrDefault(k => k.Id == id && k.RevokedAt is null);
        if (key is null || !await keys.RevokeAsync(id, time.GetUtcNow(), cancellationToken))
        {
            return $"no active key with id {id}";
        }
        await audit.RecordAsync(actor, "key.revoke", id, State(key, revoked: false), State(key, revoked: true), cancellationToken);
        return null;
    }

    private static object State(StoredKey key, bool revoked) =>
        new { id = key.Id, name = key.Name, purpose = key.Purpose, unit = key.UnitCode, revoked };
}
