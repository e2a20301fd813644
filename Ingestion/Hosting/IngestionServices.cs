using IOC.Analytics.Hosting;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using IOC.Analytics.Catalog;
using IOC.Analytics.Storage;
using IOC.Ingestion.Api;
using IOC.Ingestion.Ingest;
using IOC.Ingestion.Simulator;

namespace IOC.Ingestion.Hosting;

/// <summary>Service registration and endpoint mapping of the ingestion service.</summary>
public static class IngestionServices
{
    /// <summary>Registers everything the ingestion service runs.</summary>
    public static WebApplicationBuilder AddIngestion(this WebApplicationBuilder builder)
    {
        var settings = IngestionSettings.From(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.Services.AddIocStores(IocSettings.From(builder.Configuration, "ioc-ingestion"));
        builder.Services.AddHostedService<SchemaMigrationService>();
        builder.Services.AddSingleton<ApiKeyFilter>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CatalogCache>();
        builder.Services.AddSingleton<EventLog>();
        builder.Services.AddSingleton<LogNotifier>();
        builder.Services.AddSingleton<EventIngestor>();
        builder.Services.AddSingleton<DeadLetterReplayer>();
        builder.AddTrafficSimulator();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                return ValueTask.CompletedTask;
            };
            limiter.AddConcurrencyLimiter(EventEndpoints.IngestPolicy, options =>
            {
                options.PermitLimit = settings.MaxConcurrentBatches;
                options.QueueLimit = settings.MaxConcurrentBatches * 4;
                options.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = settings.MaxBodyBytes);
        return builder;
    }

    /// <summary>Maps the ingestion endpoints (CONTRACT.md §1, §7).</summary>
    public static WebApplication MapIngestion(this WebApplication app)
    {
        app.UseMiddleware<StoreUnavailableMiddleware>();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        app.MapOpenApi();
        app.MapIocHealth();
        var api = app.MapGroup("/api/v1").AddEndpointFilter<ApiKeyFilter>();
        api.MapCatalogEndpoints();
        api.MapEventEndpoints();
        return app;
    }
}
