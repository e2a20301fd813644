using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IOC.Analytics.Health;

/// <summary>Writes <c>/healthz</c> as JSON naming each part and, when unhealthy, what fails (CONTRACT.md §7).</summary>
public static class HealthResponseWriter
{
    /// <summary>The response body: overall status and one entry per checked part.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status == HealthStatus.Healthy ? "healthy" : "unhealthy",
            failing = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => e.Key).ToArray(),
            parts = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status == HealthStatus.Healthy ? "healthy" : "unhealthy", detail = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
