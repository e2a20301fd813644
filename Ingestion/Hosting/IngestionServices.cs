using IOC.Analytics.Hosting;
using IOC.Ingestion.Api;

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
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = settings.MaxBodyBytes);
        return builder;
    }

    /// <summary>Maps the ingestion endpoints (CONTRACT.md §1, §7).</summary>
    public static WebApplication MapIngestion(this WebApplication app)
    {
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapIocHealth();
        var api = app.MapGroup("/api/v1").AddEndpointFilter<ApiKeyFilter>();
        api.MapCatalogEndpoints();
        return app;
    }
}
