using IOC.Analytics.Access;
using IOC.Analytics.Storage;
using IOC.Ingestion.Ingest;
using Npgsql;

namespace IOC.Ingestion.Api;

/// <summary>
/// POST /api/v1/events (any ingest key; a unit's key only for its subtree), the dead-letter list and its replay (the
/// province's ingest key) (CONTRACT.md §1).
/// </summary>
public static class EventEndpoints
{
    /// <summary>The rate-limiter policy that sheds load on the ingest endpoints.</summary>
    public const string IngestPolicy = "ingest";

    /// <summary>Maps the event endpoints under the given group.</summary>
    public static void MapEventEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/events", async (HttpRequest request, EventIngestor ingestor, IngestionSettings settings, CancellationToken cancellationToken) =>
            {
                var (elements, problem) = await BatchBody.ReadAsync(request, settings.MaxBodyBytes, cancellationToken);
                return elements is null
                    ? problem!
                    : Results.Json(await ingestor.IngestAsync(elements, request.HttpContext.User.FindFirst(CallerClaims.RootUnit)?.Value,
                        cancellationToken), statusCode: StatusCodes.Status202Accepted);
            })
            .RequireRateLimiting(IngestPolicy)
            .WithName("PostEvents");
        api.MapGet("/dead-letters", async (NpgsqlDataSource dataSource, int? limit, CancellationToken cancellationToken) =>
                Results.Json((await DeadLetterStore.ListOpenAsync(dataSource, Math.Clamp(limit ?? 100, 1, 10_000), cancellationToken))
                    .Select(d => new { d.Id, d.Endpoint, d.EventId, d.Errors, d.ReceivedAt, d.Body })))
            .RequireAuthorization(IngestAccess.ProvincePolicy)
            .WithName("GetDeadLetters");
        api.MapPost("/dead-letters/replay", async (DeadLetterReplayer replayer, int? limit, CancellationToken cancellationToken) =>
                Results.Json(await replayer.ReplayAsync(Math.Clamp(limit ?? 10_000, 1, 100_000), cancellationToken)))
            .RequireAuthorization(IngestAccess.ProvincePolicy)
            .WithName("ReplayDeadLetters");
    }
}
