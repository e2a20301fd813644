using System.Security.Cryptography;
using System.Text;

namespace IOC.Dashboard.Access;

/// <summary>
/// Admits callers with a read API key, sent as the <c>X-Api-Key</c> header or, where a client cannot set headers
/// (browsers on WebSockets), as the <c>access_token</c> query parameter (CONTRACT.md §2-3).
/// </summary>
public sealed class ReadKeyFilter(DashboardSettings settings) : IEndpointFilter
{
    private const string ScopeItem = "ioc.read-scope";

    /// <summary>The scope the filter admitted the current request with.</summary>
    public static ReadScope ScopeOf(HttpContext context) =>
        context.Items[ScopeItem] as ReadScope ?? throw new InvalidOperationException("The read-key filter did not run");

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var scope = Resolve(context.HttpContext.Request);
        if (scope is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing or unknown read key",
                detail: "Send a read API key in the X-Api-Key header or the access_token query parameter.");
        }
        context.HttpContext.Items[ScopeItem] = scope;
        return await next(context);
    }

    /// <summary>The scope of the key a request carries, or null when it carries none the dashboard knows.</summary>
    public ReadScope? Resolve(HttpRequest request)
    {
        var presented = PresentedKey(request);
        return presented.Length > 0 && settings.ReadApiKey.Length > 0 && Same(presented, settings.ReadApiKey) ? ReadScope.Province : null;
    }

    /// <summary>
    /// The key a request carries: the X-Api-Key header, else the access_token query parameter (browsers on WebSockets),
    /// else an Authorization bearer token (how the official SignalR clients send an access token elsewhere).
    /// </summary>
    public static string PresentedKey(HttpRequest request)
    {
        var presented = request.Headers["X-Api-Key"].ToString();
        if (presented.Length == 0)
        {
            presented = request.Query["access_token"].ToString();
        }
        var authorization = request.Headers.Authorization.ToString();
        if (presented.Length == 0 && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            presented = authorization["Bearer ".Length..].Trim();
        }
        return presented;
    }

    private static bool Same(string a, string b) => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
