using Npgsql;

namespace IOC.Ingestion.Api;

/// <summary>
/// Turns "PostgreSQL does not answer" into 503 with Retry-After: nothing was acknowledged, so the source retries.
/// </summary>
public sealed class StoreUnavailableMiddleware(RequestDelegate next, ILogger<StoreUnavailableMiddleware> logger)
{
    /// <summary>Runs the rest of the pipeline, answering 503 when the store fails underneath it.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (IsStoreDown(exception) && !context.Response.HasStarted)
        {
            logger.LogWarning("PostgreSQL unavailable for {Path}: {Message}", context.Request.Path, exception.Message);
            context.Response.Clear();
            context.Response.Headers.RetryAfter = "5";
            await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Storage unavailable",
                detail: "PostgreSQL does not answer; nothing of this request was stored. Retry later.").ExecuteAsync(context);
        }
    }

    private static bool IsStoreDown(Exception exception) =>
        exception is NpgsqlException or TimeoutException || exception.InnerException is NpgsqlException or System.Net.Sockets.SocketException;
}
