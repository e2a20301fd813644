using IOC.Analytics.Access;
using Microsoft.AspNetCore.Authorization;

namespace IOC.Dashboard.Access;

/// <summary>
/// The dashboard's authorization policies. All reads rest on one rule (<see cref="ReadScopeRequirement"/>); the
/// policies differ only in the credentials each endpoint accepts.
/// </summary>
public static class AccessPolicies
{
    /// <summary>The read API: a read key in a header.</summary>
    public const string Read = "ioc-read";

    /// <summary>The hub: a read key (header, bearer or <c>access_token</c>) to subscribe, the service key to publish.</summary>
    public const string Hub = "ioc-hub";

    /// <summary>The wall's pages: a kiosk cookie or a read key, or nothing while the wall is open.</summary>
    public const string Wall = "ioc-wall";

    /// <summary>Adds the three policies.</summary>
    public static AuthorizationBuilder AddIocPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(Read, policy => policy
            .AddAuthenticationSchemes(AccessSchemes.ApiKey)
            .AddRequirements(ReadScopeRequirement.Reader))
        .AddPolicy(Hub, policy => policy
            .AddAuthenticationSchemes(AccessSchemes.HubKey)
            .RequireAssertion(context => context.User.Has(AccessPurpose.Read) || context.User.Has(AccessPurpose.Service)))
        .AddPolicy(Wall, policy => policy
            .AddAuthenticationSchemes(AccessSchemes.KioskCookie, AccessSchemes.ApiKey)
            .AddRequirements(ReadScopeRequirement.Wall));
}
