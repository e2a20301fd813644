namespace IOC.Dashboard.Accounts;

/// <summary>A person who signs in: their name, role and the highest unit they see.</summary>
/// <param name="UnitCode">The root of what the account sees: a leader's and an admin's province, a head's unit.</param>
/// <param name="PasswordHash">ASP.NET Core Identity's <c>PasswordHasher</c> format; never the password.</param>
/// <param name="FailedSignIns">Wrong passwords in a row since the last sign-in or lock-out.</param>
/// <param name="LockedUntil">Set by the last of too many wrong passwords; no sign-in before it.</param>
/// <param name="DisabledAt">Set by <c>./ioc user disable</c>; a disabled account never signs in again.</param>
public sealed record Account(
    string Name,
    string Role,
    string UnitCode,
    string PasswordHash,
    int FailedSignIns,
    DateTimeOffset? LockedUntil,
    DateTimeOffset? DisabledAt);
