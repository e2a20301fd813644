using IOC.Analytics.Access;
using Microsoft.AspNetCore.Authorization;

namespace IOC.Ingestion.Api;

/// <summary>Who may post to Ingestion's API: callers with the ingest key (<c>IOC_INGEST_API_KEY</c>), nobody else.</summary>
public static class IngestAccess
{
    /// <summary>The policy of every <c>/api/v1</c> endpoint.</summary>
    public const string Policy = "ioc-ingest";

    private const string Scheme = "api-key";

    /// <summary>Registers the key, the API-key scheme (header or bearer token) and the policy.</summary>
    public static IServiceCollection AddIngestAccess(this IServiceCollection services, IngestionSettings settings)
    {
        services.AddSingleton(new KeyRing([(settings.IngestApiKey, new Credential(AccessPurpose.Ingest))]));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler>(new ProblemAccessResponses(
            $"Send the ingest key in the {ApiKeyAuthenticationHandler.Header} header or as an Authorization: Bearer token."));
        services.AddAuthentication().AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthenticationHandler>(Scheme, _ => { });
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(Scheme)
            .RequireAssertion(context => context.User.Has(AccessPurpose.Ingest)));
        return services;
    }
}
