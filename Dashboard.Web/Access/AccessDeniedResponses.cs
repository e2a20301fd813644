using IOC.Analytics.Access;
using IOC.Dashboard.Accounts;
using IOC.Dashboard.Kiosk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.WebUtilities;

namespace IOC.Dashboard.Access;

/// <summary>
/// What a refused request gets: the sign-in page or an access-denied page for a person, the wall's Vietnamese pages for a screen, a problem document from the API, a bare
/// status from the hub (which the SignalR clients report as such).
/// </summary>
public sealed class AccessDeniedResponses : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _plain = new();
    private readonly ProblemAccessResponses _problems = new(
        "Send a read API key in the X-Api-Key header or as an Authorization: Bearer token, or sign in at /login.");

    /// <inheritdoc />
    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded)
        {
            return _plain.HandleAsync(next, context, policy, authorizeResult);
        }
        if (policy.Requirements.Contains(ReadScopeRequirement.Page))
        {
            return (authorizeResult.Challenged ? SignInRedirect(context) : AccessPages.OutsideScope()).ExecuteAsync(context);
        }
        if (policy.Requirements.Contains(ReadScopeRequirement.Wall))
        {
            return (authorizeResult.Challenged ? KioskPages.WallClosed() : KioskPages.OutsideScope()).ExecuteAsync(context);
        }
        return policy.Requirements.Contains(ReadScopeRequirement.Reader)
            ? _problems.HandleAsync(next, context, policy, authorizeResult)
            : _plain.HandleAsync(next, context, policy, authorizeResult);
    }

    private static IResult SignInRedirect(HttpContext context) => Results.Redirect(
        QueryHelpers.AddQueryString(SignInEndpoints.LoginPath, "returnUrl", context.Request.Path + context.Request.QueryString));
}
