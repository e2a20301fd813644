namespace IOC.Dashboard.Kiosk;

/// <summary>
/// Keeps the wall's pages (<c>/</c> and <c>/wall</c>) closed to requests without a kiosk cookie or read key when
/// <c>IOC_WALL_REQUIRE_TOKEN</c> is set; lets everything else through.
/// </summary>
public sealed class WallGate(RequestDelegate next, KioskAccess access)
{
    /// <summary>Answers a wall request it may not see with the 403 page; passes every other request on.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        if (IsWallPage(context.Request.Path) && !access.AdmitsWall(context.Request))
        {
            await KioskPages.WallClosed().ExecuteAsync(context);
            return;
        }
        await next(context);
    }

    private static bool IsWallPage(PathString path)
    {
        var page = (path.Value ?? "").TrimEnd('/');
        return page.Length == 0 || page.Equals("/wall", StringComparison.OrdinalIgnoreCase);
    }
}
