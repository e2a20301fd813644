using IOC.Analytics.Hosting;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Storage;
using IOC.Ingestion.Api;
using IOC.Ingestion.Health;
using IOC.Analytics.Kpi;
using IOC.Ingestion.Ingest;
using IOC.Ingestion.Live;
using IOC.Ingestion.Projection;
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
        builder.Services.AddIngestAccess(settings, LiveSettings.From(builder.Configuration).ServiceKey);
        builder.AddIocRequestLogging();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CatalogCache>();
        builder.Services.AddSingleton<EventLog>();
        builder.Services.AddSingleton<LogNotifier>();
        builder.Services.AddSingleton<EventIngestor>();
        builder.Services.AddSingleton<DeadLetterReplayer>();
        builder.Services.AddSingleton<DossierStore>();
        builder.Services.AddSingleton(ProjectionPartition.Of(
            (builder.Configuration["IOC_PARTITION_UNITS"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        builder.Services.AddSingleton<DossierProjection>();
        builder.Services.AddSingleton<DossierProjector>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<DossierProjector>());
        builder.Services.AddSingleton<FactsIndex>();
        builder.Services.AddSingleton<FactsFollower>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<FactsFollower>());
        builder.Services.AddSingleton(LiveSettings.From(builder.Configuration));
        builder.Services.AddSingleton<LiveKpiFeed>();
        builder.Services.AddHttpClient("influx");
        builder.Services.AddSingleton(provider => new IOC.Analytics.Influx.InfluxWriter(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient("influx"),
            KpiInfluxSink.Options(provider.GetRequiredService<IocSettings>()),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<IOC.Analytics.Influx.InfluxWriter>>()));
        builder.Services.AddHostedService<KpiInfluxSink>();
        builder.Services.AddHostedService<KpiFlowUpdater>();
        builder.Services.AddSingleton<KpiPublisher>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<KpiPublisher>());
        builder.AddTrafficSimulator();
        builder.Services.AddSingleton<PipelineLag>();
        builder.Services.AddHostedService<LiveFiguresWatch>();
        builder.Services.AddIocHealthMetrics<IngestionHealth>(builder.Configuration, IngestionHealth.MeterName);
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
        app.UseIocRequestLogging();
        app.UseMiddleware<StoreUnavailableMiddleware>();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        app.MapIocHealth();
        app.MapIocMetrics();
        var api = app.MapGroup("/api/v1");
        api.MapCatalogEndpoints();
        api.MapCalendarEndpoints();
        api.MapTargetEndpoints();
        var sources = api.MapGroup("").RequireAuthorization(IngestAccess.Policy);
        sources.MapEventEndpoints();
        sources.MapSimulatorEndpoints();
        return app;
    }
}
