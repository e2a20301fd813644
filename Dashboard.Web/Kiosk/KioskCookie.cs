namespace IOC.Dashboard.Kiosk;

/// <summary>The HttpOnly cookie a kiosk link leaves on its screen, so a screen that reloads is let in without its link.</summary>
public static class KioskCookie
{
    /// <summary>The cookie's name.</summary>
    public const string Name = "ioc-kiosk";

    // Browsers keep a cookie at most 400 days; a screen that is on every day renews it on each visit of its link.
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(400);

    /// <summary>Gives the screen its cookie.</summary>
    public static void Remember(HttpResponse response, string token) => response.Cookies.Append(Name, token, new CookieOptions
    {
        HttpOnly = true,
        IsEssential = true,
        Path = "/",
        SameSite = SameSiteMode.Lax,
        Secure = response.HttpContext.Request.IsHttps,
        MaxAge = Lifetime,
    });
}
