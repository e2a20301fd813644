using IOC.Analytics.Catalog;
using IOC.Analytics.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IOC.Analytics.Hosting;

/// <summary>Registers the stores both services share (PostgreSQL, InfluxDB) and their health checks.</summary>
public static class StoreRegistration
{
    /// <summary>Adds the PostgreSQL data source, the catalogue, calendar and target stores, the targets' board and the <c>/healthz</c> checks.</summary>
    public static IServiceCollection AddIocStores(this IServiceCollection services, IocSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton(_ => NpgsqlDataSource.Create(settings.PostgresConnectionString));
        services.AddSingleton<CatalogStore>();
        services.AddSingleton<Calendar.CalendarStore>();
        services.AddSingleton<Kpi.KpiTargetStore>();
        services.AddSingleton(provider => new Kpi.KpiTargetBoard(settings.Targets, provider.GetRequiredService<Kpi.KpiTargetStore>(),
            provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Kpi.KpiTargetBoard>>()));
        services.AddHostedService(provider => provider.GetRequiredService<Kpi.KpiTargetBoard>());
        services.AddHttpClient("influx-health", client => client.Timeout = TimeSpan.FromSeconds(2));
        services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>("postgresql")
            .Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration("influxdb",
                provider => new InfluxHealthCheck(
                    provider.GetRequiredService<IHttpClientFactory>().CreateClient("influx-health"), settings.InfluxUrl),
                failureStatus: null, tags: null));
        return services;
    }

    /// <summary>Maps <c>GET /healthz</c>: 200 when every part answers, 503 naming the failing part otherwise.</summary>
    public static IEndpointConventionBuilder MapIocHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
}
