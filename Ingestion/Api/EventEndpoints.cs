using IOC.Analytics.Storage;
using IOC.Ingestion.Ingest;
using Npgsql;

namespace IOC.Ingestion.Api;

/// <summary>POST /api/v1/events, the dead-letter list and its replay (CONTRACT.md §1).</summary>
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
                    : Results.Json(await ingestor.IngestAsync(elements, cancellationToken), statusCode: StatusCodes.Status202Accepted);
            })
            .RequireRateLimiting(IngestPolicy)
            .WithName("PostEvents");
        api.MapGet("/dead-letters", async (NpgsqlDataSource dataSource, int? limit, CancellationToken cancellationToken) =>
                Results.Json((await DeadLetterStore.ListOpenAsync(dataSource, Math.Clamp(limit ?? 100, 1, 10_000), cancellationToken))
                    .Select(d => new { d.Id, d.Endpoint, d.EventId, d.Errors, d.ReceivedAt, d.Body })))
            .WithName("GetDeadLetters");
        api.MapPost("/dead-letters/replay", async (DeadLetterReplayer replayer, int? limit, CancellationToken cancellationToken) =>
                Results.Json(await replayer.ReplayAsync(Math.Clamp(limit ?? 10_000, 1, 100_000), cancellationToken)))
            .WithName("ReplayDeadLetters");
    }
}
