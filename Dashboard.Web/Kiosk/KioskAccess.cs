using System.Security.Cryptography;
using System.Text;
using IOC.Dashboard.Access;

namespace IOC.Dashboard.Kiosk;

/// <summary>
/// Who may see the wall: a kiosk token opens the wall only (it is no read key for the API); the token is kept in an
/// HttpOnly cookie, so a screen that reloads (after a server restart, say) is let in again without its link.
/// </summary>
public sealed class KioskAccess(KioskSettings settings, ReadKeyFilter readKeys)
{
    /// <summary>The cookie a kiosk screen carries its token in.</summary>
    public const string CookieName = "ioc-kiosk";

    // Browsers keep a cookie at most 400 days; a screen that is on every day renews it on each visit of its link.
    private static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(400);

    /// <summary>True when the token is one of <c>IOC_KIOSK_TOKEN</c>'s.</summary>
    public bool IsKioskToken(string? token) =>
        token is { Length: > 0 } && settings.Tokens.Any(known => Same(token, known));

    /// <summary>True when the request may see the wall: it is open, or carries a kiosk cookie or a read key.</summary>
    public bool AdmitsWall(HttpRequest request) =>
        !settings.WallRequiresToken || IsKioskToken(request.Cookies[CookieName]) || readKeys.Resolve(request) is not null;

    /// <summary>Gives the screen its cookie.</summary>
    public static void Remember(HttpResponse response, string token) => response.Cookies.Append(CookieName, token, new CookieOptions
    {
        HttpOnly = true,
        IsEssential = true,
        Path = "/",
        SameSite = SameSiteMode.Lax,
        Secure = response.HttpContext.Request.IsHttps,
        MaxAge = CookieLifetime,
    });

    private static bool Same(string a, string b) => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
