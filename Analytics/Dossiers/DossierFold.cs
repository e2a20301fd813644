using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;
using IOC.Analytics.Time;

namespace IOC.Analytics.Dossiers;

/// <summary>
/// Folds every event of one dossier into its outcome by the rules of DOMAIN.md §3. Pure: the same events give the same
/// outcome in any arrival order, which is what lets late and out-of-order events be re-folded at any time.
/// </summary>
public static class DossierFold
{
    /// <summary>Folds the events of one dossier, given in any order; a repeated eventId counts once.</summary>
    /// <param name="events">Every accepted event of the dossier (at least one).</param>
    /// <param name="procedures">The procedure catalogue, for the deadline when the source gives no due time.</param>
    /// <param name="calendar">The working calendar for computed due times and supplement waits.</param>
    public static DossierOutcome Fold(
        IReadOnlyCollection<DossierEvent> events,
        Func<string, Procedure?> procedures,
        IWorkingCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfZero(events.Count);
        var ordered = events.Order(DossierEventOrder.Instance).DistinctBy(e => e.EventId).ToList();

        // Whichever of receipt and refusal comes first decides: a refusal with no receipt before it is a refusal at
        // reception, never a received dossier.
        var first = ordered.FirstOrDefault(e => e.Type is DossierEventType.Received or DossierEventType.Refused);
        return first switch
        {
            null => new WaitingForReceipt(ordered[0].DossierCode, ordered),
            { Type: DossierEventType.Refused } => RefusedAtReception(ordered, first),
            _ => ReceivedDossierFold.Fold(ordered, ordered.IndexOf(first), procedures, calendar),
        };
    }

    private static RefusedAtReception RefusedAtReception(IReadOnlyList<DossierEvent> ordered, DossierEvent refusal)
    {
        var flags = ordered
            .Where(e => e.Type == DossierEventType.Received)
            .Select(e => DossierFlag.For(DossierFlag.ReceivedAfterRefusal, e))
            .ToList();
        return new RefusedAtReception(refusal.DossierCode, refusal.UnitCode, refusal.ProcedureCode,
            ProvinceTime.ToProvince(refusal.OccurredAt), flags);
    }
}
