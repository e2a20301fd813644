using IOC.Analytics.Calendar;
using IOC.Analytics.Validation;

namespace IOC.Ingestion.Api;

/// <summary>
/// PUT /api/v1/catalog/calendar: an administrator's edits of the working calendar (docs/api.md), applied together or not
/// at all. The projector sees the new year versions and recomputes the open dossiers' due times.
/// </summary>
public static class CalendarEndpoints
{
    /// <summary>Maps the calendar endpoint under the given group.</summary>
    public static void MapCalendarEndpoints(this RouteGroupBuilder api) =>
        api.MapPut("/catalog/calendar", async (HttpRequest request, CalendarStore store, IngestionSettings settings,
                CancellationToken cancellationToken) =>
            {
                var (elements, problem) = await BatchBody.ReadAsync(request, settings.MaxBodyBytes, cancellationToken);
                if (elements is null)
                {
                    return problem!;
                }
                var edits = new List<CalendarDayEdit>();
                var rejected = new List<RejectedItem>();
                for (var index = 0; index < elements.Count; index++)
                {
                    if (CalendarDayEdit.Read(elements[index], out var errors) is { } edit)
                    {
                        edits.Add(edit);
                    }
                    else
                    {
                        rejected.Add(new RejectedItem(index, null, errors));
                    }
                }
                if (rejected.Count > 0 || edits.Count == 0)
                {
                    return Results.Json(new IngestAnswer(0, 0, rejected), statusCode: StatusCodes.Status400BadRequest);
                }
                var versions = await store.EditAsync(edits, cancellationToken);
                return Results.Ok(new { accepted = edits.Count, versions });
            })
            .RequireAuthorization(IngestAccess.AdministrationPolicy)
            .WithName("PutCalendar");
}
