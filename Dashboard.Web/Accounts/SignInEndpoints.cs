using IOC.Dashboard.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace IOC.Dashboard.Accounts;

/// <summary>
/// <c>POST /account/login</c> (the sign-in form of <c>/login</c>, antiforgery-checked, rate-limited per address) and
/// <c>POST /account/logout</c>. A person
/// signed in lands where they were going, or on the highest unit they see.
/// </summary>
public static class SignInEndpoints
{
    /// <summary>The sign-in page.</summary>
    public const string LoginPath = "/login";

    /// <summary>Where the sign-in form posts.</summary>
    public const string FormPath = "/account/login";

    /// <summary>Where the sign-out button posts.</summary>
    public const string LogoutPath = "/account/logout";

    /// <summary>The rate limiter policy of the sign-in form.</summary>
    public const string RateLimit = "sign-in";

    /// <summary>Maps the two endpoints.</summary>
    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(FormPath, async ([FromForm] string? name, [FromForm] string? password, [FromForm] string? returnUrl,
                [FromForm] string? lang, HttpContext context, AccountSignIn signIn) =>
            {
                var (outcome, account) = string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password)
                    ? (SignInOutcome.Refused, null)
                    : await signIn.SignInAsync(name.Trim(), password, context.RequestAborted);
                if (account is null)
                {
                    return Results.Redirect(LoginPage.Url(returnUrl, lang, outcome));
                }
                await context.SignInAsync(AccessSchemes.AccountCookie, AccountPrincipal.Of(account));
                return Results.Redirect(IsLocal(returnUrl) ? returnUrl! : Landing.Of(account.UnitCode, lang));
            })
            .RequireRateLimiting(RateLimit)
            .ExcludeFromDescription();
        endpoints.MapPost(LogoutPath, async (HttpContext context) =>
            {
                await context.SignOutAsync(AccessSchemes.AccountCookie);
                return Results.Redirect(LoginPath);
            })
            .ExcludeFromDescription();
        return endpoints;
    }

    // Only a path of this site: never "//elsewhere" or "/\elsewhere", which browsers read as another host.
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
