using IOC.Analytics.Catalog;
using IOC.Analytics.Validation;

namespace IOC.Ingestion.Api;

/// <summary>PUT /api/v1/catalog/units and /procedures: upsert by code (CONTRACT.md §1).</summary>
public static class CatalogEndpoints
{
    /// <summary>Maps the catalogue endpoints under the given group.</summary>
    public static void MapCatalogEndpoints(this RouteGroupBuilder api)
    {
        api.MapPut("/catalog/units", (HttpRequest request, CatalogStore store, IngestionSettings settings, CancellationToken cancellationToken) =>
                UpsertAsync(request, settings, store.UpsertUnitsAsync, cancellationToken))
            .WithName("PutUnits");
        api.MapPut("/catalog/procedures", (HttpRequest request, CatalogStore store, IngestionSettings settings, CancellationToken cancellationToken) =>
                UpsertAsync(request, settings, store.UpsertProceduresAsync, cancellationToken))
            .WithName("PutProcedures");
    }

    private static async Task<IResult> UpsertAsync(HttpRequest request, IngestionSettings settings,
        Func<IReadOnlyList<System.Text.Json.JsonElement>, CancellationToken, Task<IngestAnswer>> upsert, CancellationToken cancellationToken)
    {
        var (elements, problem) = await BatchBody.ReadAsync(request, settings.MaxBodyBytes, cancellationToken);
        if (elements is null)
        {
            return problem!;
        }
        return Results.Json(await upsert(elements, cancellationToken), statusCode: StatusCodes.Status202Accepted);
    }
}
