using Microsoft.AspNetCore.HttpLogging;

namespace IOC.Analytics.Hosting;

/// <summary>Puts the redacted path and query in each request's log line in place of the raw ones.</summary>
public sealed class RedactingRequestLog(UrlRedaction redaction) : IHttpLoggingInterceptor
{
    /// <inheritdoc />
    public ValueTask OnRequestAsync(HttpLoggingInterceptorContext logContext)
    {
        var request = logContext.HttpContext.Request;
        if (logContext.TryDisable(HttpLoggingFields.RequestPath))
        {
            logContext.AddParameter(nameof(request.Path), redaction.Path(request.Path));
        }
        if (logContext.TryDisable(HttpLoggingFields.RequestQuery))
        {
            logContext.AddParameter(nameof(request.QueryString), redaction.Query(request.QueryString));
        }
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask OnResponseAsync(HttpLoggingInterceptorContext logContext) => ValueTask.CompletedTask;
}
