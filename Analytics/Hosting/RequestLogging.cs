using IOC.Analytics.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IOC.Analytics.Hosting;

/// <summary>
/// One line per request (method, path, query, status, duration) with every secret a URL may carry redacted: the
/// <c>access_token</c> query parameter and the segment after each secret path prefix (a kiosk link's token). The host's
/// own "Request starting" lines print the raw URL, so they stay below Warning whatever the configuration says.
/// </summary>
public static class RequestLogging
{
    /// <summary>Registers the redacted request log; <paramref name="secretPathPrefixes"/> are paths whose next segment is a secret.</summary>
    public static WebApplicationBuilder AddIocRequestLogging(this WebApplicationBuilder builder, params string[] secretPathPrefixes)
    {
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Services.AddHttpLogging(options =>
        {
            options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.RequestQuery
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });
        builder.Services.AddSingleton(new UrlRedaction(secretPathPrefixes, [ApiKeyAuthenticationHandler.AccessTokenParameter]));
        builder.Services.AddHttpLoggingInterceptor<RedactingRequestLog>();
        return builder;
    }

    /// <summary>Logs every request, before anything else can answer it.</summary>
    public static WebApplication UseIocRequestLogging(this WebApplication app)
    {
        app.UseHttpLogging();
        return app;
    }
}
