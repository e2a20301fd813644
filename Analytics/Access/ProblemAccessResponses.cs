using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace IOC.Analytics.Access;

/// <summary>
/// Refusals of an HTTP API as problem documents: 401 when the request carries no key the service knows, 403 when its
/// key is not for this endpoint or unit.
/// </summary>
/// <param name="keyHint">How to send the right key, for the 401's detail.</param>
public sealed class ProblemAccessResponses(string keyHint) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _plain = new();

    /// <inheritdoc />
    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing or unknown key", detail: keyHint)
                .ExecuteAsync(context);
        }
        if (authorizeResult.Forbidden)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed",
                detail: "This key is not for this endpoint or for one of the units the request names.").ExecuteAsync(context);
        }
        return _plain.HandleAsync(next, context, policy, authorizeResult);
    }
}
