using IOC.Analytics.Health;
using IOC.Analytics.Influx;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;

namespace IOC.Analytics.Hosting;

/// <summary>Registers a service's health metrics: its meter exported through OpenTelemetry, and <c>ioc_health</c> in InfluxDB.</summary>
public static class HealthRegistration
{
    /// <summary>The path Prometheus scrapes.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>
    /// Adds <typeparamref name="THealth"/> (whose constructor creates the meter <paramref name="meterName"/>), exports that meter
    /// for Prometheus at <see cref="MetricsPath"/> and over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and writes it to
    /// InfluxDB every 10 s through the service's <see cref="InfluxWriter"/> (registered here unless the service has one).
    /// </summary>
    public static IServiceCollection AddIocHealthMetrics<THealth>(this IServiceCollection services, IConfiguration configuration,
        string meterName)
        where THealth : class, IServiceHealth
    {
        services.AddSingleton<THealth>();
        services.AddSingleton<IServiceHealth>(provider => provider.GetRequiredService<THealth>());
        services.AddHttpClient("influx");
        services.TryAddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IocSettings>();
            return new InfluxWriter(provider.GetRequiredService<IHttpClientFactory>().CreateClient("influx"),
                new InfluxOptions { Url = settings.InfluxUrl, Database = settings.InfluxDatabase },
                provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<InfluxWriter>>());
        });
        services.AddHostedService<HealthSampler>();
        services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(meterName).AddPrometheusExporter();
            if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            {
                metrics.AddOtlpExporter();
            }
        });
        return services;
    }

    /// <summary>Maps <c>GET /metrics</c> (Prometheus text format).</summary>
    public static IEndpointConventionBuilder MapIocMetrics(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPrometheusScrapingEndpoint(MetricsPath);
}
