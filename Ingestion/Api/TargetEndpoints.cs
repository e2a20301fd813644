using System.Text.Json;
using IOC.Analytics.Kpi;
using IOC.Analytics.Validation;

namespace IOC.Ingestion.Api;

/// <summary>
/// PUT /api/v1/catalog/targets: the province's targets as an administrator sets them (docs/api.md); both services'
/// <see cref="KpiTargetBoard"/> read them within seconds.
/// </summary>
public static class TargetEndpoints
{
    /// <summary>Maps the targets endpoint under the given group.</summary>
    public static void MapTargetEndpoints(this RouteGroupBuilder api) =>
        api.MapPut("/catalog/targets", async (HttpRequest request, KpiTargetStore store, KpiTargetBoard board,
                CancellationToken cancellationToken) =>
            {
                JsonElement body;
                try
                {
                    body = (await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken)).RootElement;
                }
                catch (JsonException exception)
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unreadable body",
                        detail: $"the body is not valid JSON: {exception.Message}");
                }
                if (Read(body, out var errors) is not { } targets)
                {
                    return Results.Json(new IngestAnswer(0, 0, [new RejectedItem(0, null, errors)]), statusCode: StatusCodes.Status400BadRequest);
                }
                await store.SetAsync(targets, cancellationToken);
                await board.RefreshAsync(cancellationToken);
                return Results.Ok(targets);
            })
            .RequireAuthorization(IngestAccess.AdministrationPolicy)
            .WithName("PutTargets");

    private static KpiTargets? Read(JsonElement element, out IReadOnlyList<string> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors = ["the body must be an object { \"onlineRatio\": …, \"maxOverdueRate\": … }"];
            return null;
        }
        var fields = new JsonFields(element);
        var online = fields.RequiredNumber("onlineRatio", 0);
        var overdue = fields.RequiredNumber("maxOverdueRate", 0);
        if (online > 1 || overdue > 1)
        {
            fields.Fail("a target is a fraction from 0 to 1");
        }
        errors = fields.Errors;
        return errors.Count == 0 ? new KpiTargets((double)online!.Value, (double)overdue!.Value) : null;
    }
}
