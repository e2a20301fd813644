using System.Security.Cryptography;
using IOC.Dashboard.Audit;
using IOC.Dashboard.Hosting;
using Npgsql;

namespace IOC.Dashboard.Accounts;

/// <summary>Why a change of an account or a key was refused.</summary>
public enum ChangeRefusal
{
    /// <summary>Not refused.</summary>
    None,

    /// <summary>The request itself is malformed: a missing name, an unknown role or purpose, no unit.</summary>
    Usage,

    /// <summary>The unit is not in the catalogue.</summary>
    UnknownUnit,

    /// <summary>A leader or an administrator sees a whole province: their unit must be its root.</summary>
    NotTheRoot,

    /// <summary>An account of that name exists already.</summary>
    Taken,

    /// <summary>No such account, or no such active key.</summary>
    Missing,
}

/// <summary>The answer to a change of an account: what went wrong, or the password made for it (shown once).</summary>
/// <param name="Problem">Why it was refused, in English for the command line; null when done.</param>
/// <param name="Refusal">The kind of refusal, for a page to say it in its own language.</param>
/// <param name="Password">The generated password of a new account, when none was given; null otherwise.</param>
public sealed record AccountChange(string? Problem, ChangeRefusal Refusal = ChangeRefusal.None, string? Password = null);

/// <summary>
/// Adding and disabling accounts, for <c>./ioc user</c> and the admin page alike: the same rules (a leader or an admin
/// sees a whole province, so their unit is its root) and every change audited (<see cref="AuditLog"/>).
/// </summary>
public sealed class AccountAdministration(NpgsqlDataSource dataSource, AccountStore store, AuditLog audit, TimeProvider time)
{
    /// <summary>Adds an account; with no <paramref name="password"/> one is generated and returned once.</summary>
    public async Task<AccountChange> AddAsync(string actor, string name, string? role, string? unit, string? password,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || !AccountRole.IsKnown(role) || string.IsNullOrWhiteSpace(unit))
        {
            return new AccountChange("name, a role (leader, head, admin) and a unit are needed", ChangeRefusal.Usage);
        }
        var level = await OperatorCommand.UnitLevelAsync(dataSource, unit);
        if (level is null)
        {
            return new AccountChange($"unit {unit} is not in the catalogue", ChangeRefusal.UnknownUnit);
        }
        if (role != AccountRole.Head && level != "province")
        {
            return new AccountChange($"a {role} sees a whole province; the unit must be the province's root, not the {level} {unit}",
                ChangeRefusal.NotTheRoot);
        }
        var generated = password is null ? Generate() : null;
        if (!await store.AddAsync(name, role!, unit, AccountSignIn.Hash(password ?? generated!), cancellationToken))
        {
            return new AccountChange($"an account named {name} exists already", ChangeRefusal.Taken);
        }
        await audit.RecordAsync(actor, "account.add", name, null, new { name, role, unit, disabled = false }, cancellationToken);
        return new AccountChange(null, Password: generated);
    }

    /// <summary>Disables an account from now; null when done, otherwise why not.</summary>
    public async Task<string?> DisableAsync(string actor, string name, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(name, cancellationToken) is not { } account)
        {
            return $"no account named {name}";
        }
        await store.DisableAsync(name, time.GetUtcNow(), cancellationToken);
        await audit.RecordAsync(actor, "account.disable", name, State(account, account.DisabledAt is not null),
            State(account, disabled: true), cancellationToken);
        return null;
    }

    private static object State(Account account, bool disabled) =>
        new { name = account.Name, role = account.Role, unit = account.UnitCode, disabled };

    // 18 random bytes, URL-safe: 24 characters a person can copy.
    private static string Generate() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
}
