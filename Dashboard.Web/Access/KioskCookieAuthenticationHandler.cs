using System.Text.Encodings.Web;
using IOC.Analytics.Access;
using IOC.Dashboard.Kiosk;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace IOC.Dashboard.Access;

/// <summary>
/// Authenticates an unattended screen by the token its kiosk link left in its cookie (<see cref="KioskCookie"/>): the
/// token itself, not a signed ticket, so a revoked token closes its screens at once and a server restart (or another
/// instance) lets them in again.
/// </summary>
public sealed class KioskCookieAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, KioskTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = Request.Cookies[KioskCookie.Name];
        if (string.IsNullOrEmpty(token))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        return Task.FromResult(CallerClaims.Authenticate(tokens.Find(token), Scheme.Name, "Unknown kiosk token"));
    }
}
