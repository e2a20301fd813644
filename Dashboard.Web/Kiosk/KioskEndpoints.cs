using IOC.Dashboard.Access;

namespace IOC.Dashboard.Kiosk;

/// <summary>
/// <c>GET /kiosk/{token}</c>: a valid token sets the screen's cookie and sends it to the wall with the link's query
/// (<c>rotate</c>, <c>every</c>, <c>lang</c>, <c>unit</c>); any other token gets a Vietnamese 404 page, never the wall.
/// </summary>
public static class KioskEndpoints
{
    /// <summary>The path of a kiosk link, before its token.</summary>
    public const string Prefix = "/kiosk";

    /// <summary>Maps the kiosk link.</summary>
    public static IEndpointRouteBuilder MapKioskLink(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Prefix + "/{token}", (string token, HttpContext context, KioskTokens tokens) =>
        {
            if (tokens.Find(token) is null)
            {
                return KioskPages.UnknownLink();
            }
            KioskCookie.Remember(context.Response, token);
            return Results.Redirect("/wall" + context.Request.QueryString);
        }).ExcludeFromDescription();
        return endpoints;
    }
}
