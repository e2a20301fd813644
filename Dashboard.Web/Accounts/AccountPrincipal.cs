using System.Security.Claims;
using IOC.Analytics.Access;
using IOC.Dashboard.Access;

namespace IOC.Dashboard.Accounts;

/// <summary>
/// A signed-in person as a caller: a reader (<see cref="AccessPurpose.Read"/>) whose scope is the account's unit, so the
/// one read rule (<see cref="ReadScopeRequirement"/>) judges people as it judges keys; plus their name and role.
/// </summary>
public static class AccountPrincipal
{
    /// <summary>The principal the sign-in cookie carries for the account.</summary>
    public static ClaimsPrincipal Of(Account account)
    {
        var principal = CallerClaims.Principal(new Credential(AccessPurpose.Read, account.UnitCode), AccessSchemes.AccountCookie);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(ClaimTypes.Name, account.Name));
        identity.AddClaim(new Claim(ClaimTypes.Role, account.Role));
        return principal;
    }

    /// <summary>The signed-in account's name; null for any other caller.</summary>
    public static string? NameOf(ClaimsPrincipal user) =>
        user.Identity?.AuthenticationType == AccessSchemes.AccountCookie ? user.FindFirst(ClaimTypes.Name)?.Value : null;

    /// <summary>True while the principal still says what the account says: enabled, same role, same unit.</summary>
    public static bool StillMatches(ClaimsPrincipal user, Account? account) =>
        account is { DisabledAt: null }
        && user.FindFirst(ClaimTypes.Role)?.Value == account.Role
        && user.FindFirst(CallerClaims.RootUnit)?.Value == account.UnitCode;
}
