using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Storage;
using IOC.Analytics.Time;

namespace IOC.Dashboard.Live.Notable;

/// <summary>
/// Finds dossiers resolved late in the changes. Only a resolution of the last <see cref="Recent"/> is news: the start-up
/// replay of the dossier table and backfills of old dossiers are history. Each dossier is reported once, although it
/// changes again later (a rating, a delivered result).
/// </summary>
public sealed class LateResolutionRule(Func<IWorkingCalendar> calendar)
{
    /// <summary>How old a resolution may be and still be reported.</summary>
    public static readonly TimeSpan Recent = TimeSpan.FromHours(1);

    // Dossiers reported, by resolution instant; one older than Recent can no longer qualify, so it is forgotten.
    private readonly Dictionary<string, DateTimeOffset> _reported = new(StringComparer.Ordinal);

    /// <summary>The late resolutions among the changed dossiers not reported before.</summary>
    public IReadOnlyList<LateResolution> Find(IReadOnlyList<DossierRow> rows, CatalogSnapshot catalog, DateTimeOffset now)
    {
        var horizon = now - Recent;
        foreach (var code in _reported.Where(r => r.Value <= horizon).Select(r => r.Key).ToList())
        {
            _reported.Remove(code);
        }
        var found = new List<LateResolution>();
        foreach (var row in rows)
        {
            if (row.ClosedAt is { } resolvedAt && resolvedAt > horizon && DaysLate(row, calendar()) is { } days && _reported.TryAdd(row.Code, resolvedAt))
            {
                found.Add(new LateResolution(resolvedAt, row.Code, row.UnitCode, catalog.Unit(row.UnitCode)?.Name ?? row.UnitCode,
                    catalog.Procedure(row.ProcedureCode)?.Name ?? row.ProcedureCode, days));
            }
        }
        return found;
    }

    /// <summary>
    /// For a dossier resolved late, the working days after its due date (moved by supplements) up to its resolution, as
    /// the dossier lists count them (<see cref="WorkingDaysLate"/>); null for any other dossier.
    /// </summary>
    public static int? DaysLate(DossierRow row, IWorkingCalendar calendar) =>
        row is { Closure: nameof(ClosureKind.Resolved), Timeliness: nameof(Timeliness.Late), ClosedAt: { } resolvedAt }
        && (row.EffectiveDueAt ?? row.DueAt) is { } due
            ? WorkingDaysLate.Between(calendar, ProvinceTime.DateOf(due), ProvinceTime.DateOf(resolvedAt))
            : null;
}
