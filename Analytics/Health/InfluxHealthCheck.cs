using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IOC.Analytics.Health;

/// <summary>Healthy when InfluxDB answers <c>/ping</c> (served by InfluxDB 1.x, 2.x and 3.x).</summary>
public sealed class InfluxHealthCheck(HttpClient http, Uri influxUrl) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(influxUrl, "/ping"), cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy($"{influxUrl} answers")
                : HealthCheckResult.Unhealthy($"{influxUrl}/ping answered {(int)response.StatusCode}");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Unhealthy($"InfluxDB at {influxUrl} does not answer: {exception.Message}");
        }
    }
}
