using System.Threading.RateLimiting;
using IOC.Dashboard.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace IOC.Dashboard.Accounts;

/// <summary>Accounts, the sign-in cookie and the sign-in form's rate limit.</summary>
public static class AccountRegistration
{
    /// <summary>How long a sign-in lasts without use.</summary>
    public static readonly TimeSpan Session = TimeSpan.FromHours(8);

    /// <summary>Sign-in attempts an address may make in a minute.</summary>
    public const int AttemptsPerMinute = 20;

    /// <summary>
    /// Registers the account store and sign-in, and the cookie scheme: HttpOnly, SameSite=Lax, Secure when the request is;
    /// each request checks the account is still enabled with the same role and unit, so a disabled account's cookie stops
    /// working at once.
    /// </summary>
    public static IServiceCollection AddIocAccounts(this IServiceCollection services, AuthenticationBuilder authentication)
    {
        services.AddSingleton<AccountStore>();
        services.AddSingleton<AccountSignIn>();
        authentication.AddCookie(AccessSchemes.AccountCookie, options =>
        {
            options.Cookie.Name = "ioc-session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = Session;
            options.SlidingExpiration = true;
            options.LoginPath = SignInEndpoints.LoginPath;
            options.Events.OnValidatePrincipal = async context =>
            {
                var name = AccountPrincipal.NameOf(context.Principal!);
                var account = name is null ? null
                    : await context.HttpContext.RequestServices.GetRequiredService<AccountStore>().FindAsync(name, context.HttpContext.RequestAborted);
                if (!AccountPrincipal.StillMatches(context.Principal!, account))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(AccessSchemes.AccountCookie);
                }
            };
        });
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignInEndpoints.RateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = AttemptsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }
}
