using Microsoft.AspNetCore.Identity;

namespace IOC.Dashboard.Accounts;

/// <summary>
/// Checks a name and password against the accounts: ASP.NET Core Identity's password hasher, and a lock-out after
/// <see cref="FailuresBeforeLockOut"/> wrong passwords in a row for <see cref="LockOut"/>. A disabled account is refused
/// like an unknown one.
/// </summary>
public sealed class AccountSignIn(AccountStore store, TimeProvider time)
{
    /// <summary>Wrong passwords in a row that lock an account.</summary>
    public const int FailuresBeforeLockOut = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockOut = TimeSpan.FromMinutes(15);

    private static readonly PasswordHasher<Account> Hasher = new();

    // Verified when the name is unknown, so that an unknown name takes as long to refuse as a wrong password.
    private static readonly string DecoyHash = Hasher.HashPassword(null!, Guid.NewGuid().ToString());

    /// <summary>The hash stored for a new password.</summary>
    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    /// <summary>The outcome of signing in, and the account when signed in.</summary>
    public async Task<(SignInOutcome Outcome, Account? Account)> SignInAsync(string name, string password, CancellationToken cancellationToken)
    {
        var account = await store.FindAsync(name, cancellationToken);
        if (account is null || account.DisabledAt is not null)
        {
            Hasher.VerifyHashedPassword(null!, DecoyHash, password);
            return (SignInOutcome.Refused, null);
        }
        var now = time.GetUtcNow();
        if (account.LockedUntil > now)
        {
            return (SignInOutcome.Locked, null);
        }
        if (Hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            await store.RecordFailureAsync(name, FailuresBeforeLockOut, now + LockOut, cancellationToken);
            return (account.FailedSignIns + 1 >= FailuresBeforeLockOut ? SignInOutcome.Locked : SignInOutcome.Refused, null);
        }
        await store.RecordSuccessAsync(name, cancellationToken);
        return (SignInOutcome.SignedIn, account);
    }
}
