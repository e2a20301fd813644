using Microsoft.AspNetCore.Authentication;

namespace IOC.Analytics.Access;

/// <summary>Where the API-key scheme looks for a key besides the <c>X-Api-Key</c> header and a bearer token.</summary>
public sealed class ApiKeyAuthenticationOptions : AuthenticationSchemeOptions
{
    /// <summary>
    /// Also take the <c>access_token</c> query parameter: for the hub only, where browsers on WebSockets cannot set a
    /// header (CONTRACT.md §3). Everywhere else a key in a URL would end up in histories and proxies' logs.
    /// </summary>
    public bool AcceptsAccessTokenQuery { get; set; }
}
