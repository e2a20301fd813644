using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IOC.Analytics.Access;

/// <summary>
/// Authenticates a request by the key it carries: the <c>X-Api-Key</c> header, else (where the scheme accepts it) the
/// <c>access_token</c> query parameter, else an <c>Authorization: Bearer</c> token. The first one present is the one
/// judged: a wrong header is not rescued by a right token further down. No key: no result (other schemes may try);
/// a key the ring does not hold: failure.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<ApiKeyAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder, KeyRing keys)
    : AuthenticationHandler<ApiKeyAuthenticationOptions>(options, logger, encoder)
{
    /// <summary>The header a key is sent in.</summary>
    public const string Header = "X-Api-Key";

    /// <summary>The query parameter browsers on WebSockets send a key in (hub only).</summary>
    public const string AccessTokenParameter = "access_token";

    private const string BearerPrefix = "Bearer ";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedKey(Request, Options.AcceptsAccessTokenQuery);
        if (presented is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        return Task.FromResult(CallerClaims.Authenticate(keys.Find(presented), Scheme.Name, "Unknown key"));
    }

    private static string? PresentedKey(HttpRequest request, bool acceptsQuery)
    {
        var header = request.Headers[Header].ToString();
        if (header.Length > 0)
        {
            return header;
        }
        var token = acceptsQuery ? request.Query[AccessTokenParameter].ToString() : "";
        if (token.Length > 0)
        {
            return token;
        }
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? authorization[BearerPrefix.Length..].Trim() : null;
    }
}
