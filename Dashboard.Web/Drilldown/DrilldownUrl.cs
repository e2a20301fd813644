using IOC.Dashboard.Exports;
using Microsoft.AspNetCore.WebUtilities;

namespace IOC.Dashboard.Drilldown;

/// <summary>
/// The addresses of the drill-down pages. The URL carries unit, period, filters, sort, page and language, so a pasted
/// link opens the same view.
/// </summary>
public static class DrilldownUrl
{
    /// <summary><c>/units/{unitCode}</c> for the period.</summary>
    public static string Unit(string unitCode, PeriodChoice choice, string language, string? sort = null, string? search = null) =>
        With($"/units/{Uri.EscapeDataString(unitCode)}?{choice.Query}", language, ("sort", sort), ("q", search));

    /// <summary><c>/units/{unitCode}/dossiers</c>: one list for the period.</summary>
    public static string Dossiers(string unitCode, string status, PeriodChoice choice, string language, string? sort = null,
        int? page = null, string? search = null) =>
        With($"/units/{Uri.EscapeDataString(unitCode)}/dossiers?status={status}&{choice.Query}", language,
            ("sort", sort), ("page", page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null), ("q", search));

    /// <summary><c>/units/{unitCode}/score766</c>: the unit's 766 scorecard for the period.</summary>
    public static string Score766(string unitCode, PeriodChoice choice, string language) =>
        With($"/units/{Uri.EscapeDataString(unitCode)}/score766?{choice.Query}", language);

    /// <summary><c>/units/{unitCode}/procedures/{procedureCode}</c> for the period.</summary>
    public static string Procedure(string unitCode, string procedureCode, PeriodChoice choice, string language) =>
        With($"/units/{Uri.EscapeDataString(unitCode)}/procedures/{Uri.EscapeDataString(procedureCode)}?{choice.Query}", language);

    /// <summary><c>/dossiers/{dossierCode}</c>.</summary>
    public static string Dossier(string dossierCode, string language) =>
        With($"/dossiers/{Uri.EscapeDataString(dossierCode)}", language);

    /// <summary><c>/api/v1/dossiers.csv|.xlsx</c>: the list as shown, every page of it.</summary>
    public static string DossiersExport(string unitCode, string status, PeriodChoice choice, ExportFormat format, string language,
        string? sort = null, string? search = null) =>
        With($"/api/v1/dossiers.{format.Extension()}?unit={Uri.EscapeDataString(unitCode)}&status={status}&{Range(choice)}", language,
            ("sort", sort), ("q", search));

    /// <summary><c>/api/v1/kpi/units.csv|.xlsx</c>: the child units as shown.</summary>
    public static string ChildUnitsExport(string parentCode, PeriodChoice choice, ExportFormat format, string language,
        string? sort = null, string? search = null) =>
        With($"/api/v1/kpi/units.{format.Extension()}?parent={Uri.EscapeDataString(parentCode)}&{Range(choice)}", language,
            ("sort", sort), ("q", search));

    private static string Range(PeriodChoice choice) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"from={choice.Period.From:yyyy-MM-dd}&to={choice.Period.To:yyyy-MM-dd}");

    private static string With(string url, string language, params (string Name, string? Value)[] parameters)
    {
        foreach (var (name, value) in parameters.Where(p => !string.IsNullOrEmpty(p.Value)))
        {
            url = QueryHelpers.AddQueryString(url, name, value!);
        }
        return language == "en" ? QueryHelpers.AddQueryString(url, "lang", "en") : url;
    }
}
