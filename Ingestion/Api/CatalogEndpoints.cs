using IOC.Analytics.Catalog;
using IOC.Analytics.Validation;

namespace IOC.Ingestion.Api;

/// <summary>PUT /api/v1/catalog/units and /procedures: upsert by code (CONTRACT.md §1), with the province's ingest key or the service credential.</summary>
public static class CatalogEndpoints
{
    /// <summary>Maps the catalogue endpoints under the given group.</summary>
    public static void MapCatalogEndpoints(this RouteGroupBuilder api)
    {
        api.MapPut("/catalog/units", (HttpRequest request, CatalogStore store, CatalogCache cache, IngestionSettings settings,
                CancellationToken cancellationToken) => UpsertAsync(request, settings, cache, store.UpsertUnitsAsync, cancellationToken))
            .RequireAuthorization(IngestAccess.AdministrationPolicy)
            .WithName("PutUnits");
        api.MapPut("/catalog/procedures", (HttpRequest request, CatalogStore store, CatalogCache cache, IngestionSettings settings,
                CancellationToken cancellationToken) => UpsertAsync(request, settings, cache, store.UpsertProceduresAsync, cancellationToken))
            .RequireAuthorization(IngestAccess.AdministrationPolicy)
            .WithName("PutProcedures");
    }

    private static async Task<IResult> UpsertAsync(HttpRequest request, IngestionSettings settings, CatalogCache cache,
        Func<IReadOnlyList<System.Text.Json.JsonElement>, CancellationToken, Task<IngestAnswer>> upsert, CancellationToken cancellationToken)
    {
        var (elements, problem) = await BatchBody.ReadAsync(request, settings.MaxBodyBytes, cancellationToken);
        if (elements is null)
        {
            return problem!;
        }
        var answer = await upsert(elements, cancellationToken);
        await cache.ReloadAsync(cancellationToken);
        return Results.Json(answer, statusCode: StatusCodes.Status202Accepted);
    }
}
