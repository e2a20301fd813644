using IOC.Analytics.Access;
using Microsoft.AspNetCore.Authorization;

namespace IOC.Ingestion.Api;

/// <summary>
/// Who may post to Ingestion's API: callers with an ingest key (<c>IOC_INGEST_API_KEY</c>, or one made with
/// <c>./ioc key add --purpose ingest</c>), nobody else. A key limited to a unit posts events for that unit's subtree
/// only; the catalogue and the dead letters need a key of the whole province.
/// </summary>
public static class IngestAccess
{
    /// <summary>The policy of every <c>/api/v1</c> endpoint.</summary>
    public const string Policy = "ioc-ingest";

    /// <summary>The policy of the endpoints that change or show the whole province: an ingest key not limited to a unit.</summary>
    public const string ProvincePolicy = "ioc-ingest-province";

    private const string Scheme = "api-key";

    /// <summary>Registers the key, the API-key scheme (header or bearer token) and the policy.</summary>
    public static IServiceCollection AddIngestAccess(this IServiceCollection services, IngestionSettings settings)
    {
        services.AddKeyRing([(settings.IngestApiKey, new Credential(AccessPurpose.Ingest))], AccessPurpose.Ingest);
        services.AddSingleton<IAuthorizationMiddlewareResultHandler>(new ProblemAccessResponses(
            $"Send the ingest key in the {ApiKeyAuthenticationHandler.Header} header or as an Authorization: Bearer token."));
        services.AddAuthentication().AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthenticationHandler>(Scheme, _ => { });
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(Scheme)
            .RequireAssertion(context => context.User.Has(AccessPurpose.Ingest)))
            .AddPolicy(ProvincePolicy, policy => policy
            .AddAuthenticationSchemes(Scheme)
            .RequireAssertion(context => context.User.Has(AccessPurpose.Ingest) && !context.User.HasClaim(claim => claim.Type == CallerClaims.RootUnit)));
        return services;
    }
}
