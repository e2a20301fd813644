using System.Net.Http.Json;
using System.Text.Json;
using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;

namespace IOC.Dashboard.Catalogue;

/// <summary>
/// Ingestion's <c>PUT /api/v1/catalog/*</c> as the admin pages call it, with the service credential: the dashboard never
/// writes the catalogue, calendar or targets itself (docs/api.md).
/// </summary>
public sealed class IngestionCatalogue(HttpClient http)
{
    /// <summary>The name of the <see cref="HttpClient"/> registered for it.</summary>
    public const string ClientName = "ingestion";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Upserts one unit.</summary>
    public Task<CatalogueAnswer> PutUnitAsync(Unit unit, CancellationToken cancellationToken) =>
        PutAsync("api/v1/catalog/units", new[] { unit }, cancellationToken);

    /// <summary>Upserts one procedure.</summary>
    public Task<CatalogueAnswer> PutProcedureAsync(Procedure procedure, CancellationToken cancellationToken) =>
        PutAsync("api/v1/catalog/procedures", new[] { procedure }, cancellationToken);

    /// <summary>Applies calendar edits.</summary>
    public Task<CatalogueAnswer> PutCalendarAsync(IReadOnlyList<CalendarDayEdit> edits, CancellationToken cancellationToken) =>
        PutAsync("api/v1/catalog/calendar", edits, cancellationToken);

    /// <summary>Sets the province's targets.</summary>
    public Task<CatalogueAnswer> PutTargetsAsync(KpiTargets targets, CancellationToken cancellationToken) =>
        PutAsync("api/v1/catalog/targets", targets, cancellationToken);

    private async Task<CatalogueAnswer> PutAsync<T>(string path, T body, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.PutAsJsonAsync(path, body, Json, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            return CatalogueAnswer.Unreachable(exception.Message);
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return CatalogueAnswer.Of((int)response.StatusCode, text);
        }
    }
}
