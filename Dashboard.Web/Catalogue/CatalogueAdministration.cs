using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Dashboard.Audit;
using IOC.Dashboard.Live;

namespace IOC.Dashboard.Catalogue;

/// <summary>
/// An administrator's edits of the catalogue, the working calendar and the targets: sent to Ingestion (the only writer
/// of those tables), audited once Ingestion took them (before → after), and read back at once so the pages show them.
/// </summary>
public sealed class CatalogueAdministration(IngestionCatalogue ingestion, CatalogCache catalog, CalendarStore calendars,
    CalendarRefresher calendar, KpiTargetBoard targets, AuditLog audit)
{
    /// <summary>Renames a unit; a unit not in the catalogue is refused.</summary>
    public async Task<CatalogueAnswer> RenameUnitAsync(string actor, string code, string name, CancellationToken cancellationToken)
    {
        if (catalog.Current.Unit(code) is not { } before)
        {
            return Unknown(code);
        }
        var after = before with { Name = name.Trim() };
        return await SendAsync(actor, "catalog.unit", code, before, after, () => ingestion.PutUnitAsync(after, cancellationToken),
            () => catalog.ReloadAsync(cancellationToken), cancellationToken);
    }

    /// <summary>Changes a procedure's name, deadline, online level and fee; a procedure not in the catalogue is refused.</summary>
    public async Task<CatalogueAnswer> EditProcedureAsync(string actor, ProcedureChange change, CancellationToken cancellationToken)
    {
        if (catalog.Current.Procedure(change.Code) is not { } before)
        {
            return Unknown(change.Code);
        }
        var after = change.AppliedTo(before);
        return await SendAsync(actor, "catalog.procedure", change.Code, before, after, () => ingestion.PutProcedureAsync(after, cancellationToken),
            () => catalog.ReloadAsync(cancellationToken), cancellationToken);
    }

    /// <summary>Makes a day a holiday, a day off or a working day, or gives it back to the Monday–Friday rule.</summary>
    public async Task<CatalogueAnswer> EditDayAsync(string actor, CalendarDayEdit edit, CancellationToken cancellationToken)
    {
        var before = (await calendars.LoadAsync(cancellationToken)).Years
            .SelectMany(year => year.Days).FirstOrDefault(day => day.Date == edit.Date);
        var after = edit.Kind is null ? null : new CalendarDay(edit.Date, edit.Kind, edit.Name);
        return await SendAsync(actor, "calendar.day", edit.Date.ToString("yyyy-MM-dd"), before, after,
            () => ingestion.PutCalendarAsync([edit], cancellationToken), () => calendar.LoadAsync(cancellationToken), cancellationToken);
    }

    /// <summary>Sets the province's targets.</summary>
    public async Task<CatalogueAnswer> SetTargetsAsync(string actor, KpiTargets next, CancellationToken cancellationToken) =>
        await SendAsync(actor, "targets", "province", targets.Current, next, () => ingestion.PutTargetsAsync(next, cancellationToken),
            () => targets.RefreshAsync(cancellationToken), cancellationToken);

    private async Task<CatalogueAnswer> SendAsync(string actor, string action, string subject, object? before, object? after,
        Func<Task<CatalogueAnswer>> send, Func<Task> readBack, CancellationToken cancellationToken)
    {
        var answer = await send();
        if (answer.Taken)
        {
            await audit.RecordAsync(actor, action, subject, before, after, cancellationToken);
            await readBack();
        }
        return answer;
    }

    private static CatalogueAnswer Unknown(string code) => new(false, [$"'{code}' is not in the catalogue"]);
}
