using System.Security.Cryptography;
using System.Text;
using IOC.Dashboard.Access;

namespace IOC.Dashboard.Hubs;

/// <summary>
/// Admits hub connections that carry a read key (header <c>X-Api-Key</c> or query <c>access_token</c>, CONTRACT.md §3)
/// or the service key of Ingestion; everything else gets 401 before the connection is made.
/// </summary>
public sealed class HubKeyMiddleware(RequestDelegate next, ReadKeyFilter readKeys, DashboardSettings settings)
{
    /// <summary>The hub's path.</summary>
    public const string Path = "/hubs/kpi";

    /// <summary>Checks the key of hub requests; lets every other request through.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(Path))
        {
            await next(context);
            return;
        }
        var caller = Resolve(context.Request);
        if (caller is null)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        context.Items[HubCaller.Item] = caller;
        await next(context);
    }

    private HubCaller? Resolve(HttpRequest request)
    {
        var presented = ReadKeyFilter.PresentedKey(request);
        if (settings.ServiceKey.Length > 0 && presented.Length > 0
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(settings.ServiceKey)))
        {
            return new HubCaller(null, IsService: true);
        }
        return readKeys.Resolve(request) is { } scope ? new HubCaller(scope, IsService: false) : null;
    }
}
