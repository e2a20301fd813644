using IOC.Analytics.Access;
using Microsoft.AspNetCore.Authorization;

namespace IOC.Ingestion.Api;

/// <summary>
/// Who may post to Ingestion's API: callers with an ingest key (<c>IOC_INGEST_API_KEY</c>, or one made with
/// <c>./ioc key add --purpose ingest</c>), nobody else. A key limited to a unit posts events for that unit's subtree
/// only; the dead letters need a key of the whole province; the catalogue, calendar and targets need a key of the whole
/// province or the service credential (<c>IOC_SERVICE_KEY</c>), with which Dashboard.Web's admin pages send an
/// administrator's edits, so Ingestion stays the only writer of those tables.
/// </summary>
public static class IngestAccess
{
    /// <summary>The policy of every <c>/api/v1</c> endpoint.</summary>
    public const string Policy = "ioc-ingest";

    /// <summary>The policy of the endpoints that change or show the whole province: an ingest key not limited to a unit.</summary>
    public const string ProvincePolicy = "ioc-ingest-province";

    /// <summary>The policy of <c>PUT /api/v1/catalog/*</c>: a province-wide ingest key or the service credential.</summary>
    public const string AdministrationPolicy = "ioc-administration";

    private const string Scheme = "api-key";

    /// <summary>Registers the key, the API-key scheme (header or bearer token) and the policy.</summary>
    public static IServiceCollection AddIngestAccess(this IServiceCollection services, IngestionSettings settings, string serviceKey)
    {
        services.AddKeyRing([(settings.IngestApiKey, new Credential(AccessPurpose.Ingest)), (serviceKey, new Credential(AccessPurpose.Service))],
            AccessPurpose.Ingest);
        services.AddSingleton<IAuthorizationMiddlewareResultHandler>(new ProblemAccessResponses(
            $"Send the ingest key in the {ApiKeyAuthenticationHandler.Header} header or as an Authorization: Bearer token."));
        services.AddAuthentication().AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthenticationHandler>(Scheme, _ => { });
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(Scheme)
            .RequireAssertion(context => context.User.Has(AccessPurpose.Ingest)))
            .AddPolicy(ProvincePolicy, policy => policy
            .AddAuthenticationSchemes(Scheme)
            .RequireAssertion(context => IsProvinceIngest(context.User)))
            .AddPolicy(AdministrationPolicy, policy => policy
            .AddAuthenticationSchemes(Scheme)
            .RequireAssertion(context => IsProvinceIngest(context.User) || context.User.Has(AccessPurpose.Service)));
        return services;
    }

    private static bool IsProvinceIngest(System.Security.Claims.ClaimsPrincipal user) =>
        user.Has(AccessPurpose.Ingest) && !user.HasClaim(claim => claim.Type == CallerClaims.RootUnit);
}
