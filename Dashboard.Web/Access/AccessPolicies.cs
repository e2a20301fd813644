using IOC.Analytics.Access;
using Microsoft.AspNetCore.Authorization;

namespace IOC.Dashboard.Access;

/// <summary>
/// The dashboard's authorization policies. All reads rest on one rule (<see cref="ReadScopeRequirement"/>); the
/// policies differ only in the credentials each endpoint accepts.
/// </summary>
public static class AccessPolicies
{
    /// <summary>The read API: a read key in a header, or a signed-in person's cookie.</summary>
    public const string Read = "ioc-read";

    /// <summary>The hub: a read key (header, bearer or <c>access_token</c>) to subscribe, the service key to publish.</summary>
    public const string Hub = "ioc-hub";

    /// <summary>The wall's pages: a kiosk cookie, a read key or a person's cookie, or nothing while the wall is open.</summary>
    public const string Wall = "ioc-wall";

    /// <summary>The drill-down pages: a signed-in person only; anyone else is sent to <c>/login</c>.</summary>
    public const string Page = "ioc-page";

    /// <summary>The admin pages: a signed-in administrator only; anyone else signed in gets "Không có quyền xem".</summary>
    public const string Admin = "ioc-admin";

    /// <summary>Adds the five policies.</summary>
    public static AuthorizationBuilder AddIocPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(Read, policy => policy
            .AddAuthenticationSchemes(AccessSchemes.ApiKey, AccessSchemes.AccountCookie)
            .AddRequirements(ReadScopeRequirement.Reader))
        .AddPolicy(Page, policy => policy
            .AddAuthenticationSchemes(AccessSchemes.AccountCookie)
            .AddRequirements(ReadScopeRequirement.Page))
        .AddPolicy(Admin, policy => policy
            .AddAuthenticationSchemes(AccessSchemes.AccountCookie)
            .AddRequirements(ReadScopeRequirement.Page)
            .RequireAssertion(context => context.User.HasClaim(System.Security.Claims.ClaimTypes.Role, Accounts.AccountRole.Admin)))
        .AddPolicy(Hub, policy => policy
            .AddAuthenticationSchemes(AccessSchemes.HubKey)
            .RequireAssertion(context => context.User.Has(AccessPurpose.Read) || context.User.Has(AccessPurpose.Service)))
        .AddPolicy(Wall, policy => policy
            .AddAuthenticationSchemes(AccessSchemes.KioskCookie, AccessSchemes.ApiKey, AccessSchemes.AccountCookie)
            .AddRequirements(ReadScopeRequirement.Wall));
}
