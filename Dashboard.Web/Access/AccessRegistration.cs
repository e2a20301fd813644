using IOC.Analytics.Access;
using IOC.Dashboard.Kiosk;
using IOC.Dashboard.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace IOC.Dashboard.Access;

/// <summary>The dashboard's authentication schemes, keys and policies.</summary>
public static class AccessRegistration
{
    /// <summary>
    /// Registers the keys (<c>IOC_READ_API_KEY</c> for the province, <c>IOC_SERVICE_KEY</c> for Ingestion, the read
    /// keys of <c>./ioc key add</c>), the kiosk
    /// tokens, the three schemes and the policies.
    /// </summary>
    public static IServiceCollection AddIocAccess(this IServiceCollection services, DashboardSettings settings, KioskSettings kiosk)
    {
        services.AddSingleton(kiosk);
        services.AddKeyRing([
            (settings.ReadApiKey, new Credential(AccessPurpose.Read)),
            (settings.ServiceKey, new Credential(AccessPurpose.Service)),
        ], AccessPurpose.Read);
        services.AddSingleton<KioskTokens>();
        services.AddSingleton<IAuthorizationHandler, ReadScopeHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccessDeniedResponses>();
        var authentication = services.AddAuthentication();
        authentication
            .AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthenticationHandler>(AccessSchemes.ApiKey, _ => { })
            .AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthenticationHandler>(AccessSchemes.HubKey,
                options => options.AcceptsAccessTokenQuery = true)
            .AddScheme<AuthenticationSchemeOptions, KioskCookieAuthenticationHandler>(AccessSchemes.KioskCookie, _ => { });
        services.AddIocAccounts(authentication);
        services.AddAuthorizationBuilder().AddIocPolicies();
        return services;
    }
}
