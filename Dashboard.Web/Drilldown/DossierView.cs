using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Storage;
using IOC.Analytics.Time;

namespace IOC.Dashboard.Drilldown;

/// <summary>
/// What <c>/dossiers/{dossierCode}</c> shows: the dossier's stored events in <c>occurredAt</c> order and what they fold
/// into by the same rules the figures use (DossierFold): its unit, due time and how supplements moved it, how it closed,
/// the days it is or was late, its flags.
/// </summary>
/// <param name="UnitCode">The unit whose subtree the dossier belongs to (its receipt's, or its first event's).</param>
/// <param name="WorkingDaysLate">Working days after the due date up to today (open) or the resolution (resolved late).</param>
/// <param name="OverdueNow">True when open and overdue now.</param>
public sealed record DossierView(
    string DossierCode,
    string UnitCode,
    string ProcedureCode,
    DossierOutcome Outcome,
    IReadOnlyList<DossierEvent> Events,
    int? WorkingDaysLate,
    bool OverdueNow)
{
    /// <summary>The dossier's view from the event log, or null when no event of that code is stored.</summary>
    public static async Task<DossierView?> LoadAsync(EventLog log, string dossierCode, CatalogSnapshot catalog, IWorkingCalendar calendar,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await log.ReadDossiersAsync([dossierCode], cancellationToken);
        if (stored.Count == 0)
        {
            return null;
        }
        var events = stored.Select(s => s.Event).ToList();
        var outcome = DossierFold.Fold(events, catalog.Procedure, calendar);
        var ordered = events.DistinctBy(e => e.EventId).OrderBy(e => e.OccurredAt)
            .ThenBy(e => DossierEventType.Rank(e.Type)).ToList();
        var (unit, procedure) = outcome switch
        {
            ReceivedDossier received => (received.UnitCode, received.ProcedureCode),
            RefusedAtReception refused => (refused.UnitCode, refused.ProcedureCode),
            _ => (ordered[0].UnitCode, ordered[0].ProcedureCode),
        };
        var overdue = outcome is ReceivedDossier open && open.ClosedAt is null && open.IsOverdueAt(now);
        return new DossierView(dossierCode, unit, procedure, outcome, ordered, Late(outcome, overdue, calendar, now), overdue);
    }

    private static int? Late(DossierOutcome outcome, bool overdue, IWorkingCalendar calendar, DateTimeOffset now)
    {
        if (outcome is not ReceivedDossier { EffectiveDueAt: { } due } dossier)
        {
            return null;
        }
        var dueDate = ProvinceTime.DateOf(due);
        return overdue ? Analytics.Calendar.WorkingDaysLate.Between(calendar, dueDate, ProvinceTime.DateOf(now))
            : dossier.Timeliness == Timeliness.Late && dossier.ResolvedAt is { } resolved
                ? Analytics.Calendar.WorkingDaysLate.Between(calendar, dueDate, ProvinceTime.DateOf(resolved))
                : null;
    }
}
