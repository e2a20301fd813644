using IOC.Analytics.Storage;

namespace IOC.Analytics.Dossiers;

/// <summary>Turns a folded dossier into the row the dossier table stores.</summary>
public static class DossierRows
{
    /// <summary>The stored form of an outcome.</summary>
    public static DossierRow From(DossierOutcome outcome) => outcome switch
    {
        ReceivedDossier d => new DossierRow(d.DossierCode, DossierRow.Received, d.UnitCode, d.ProcedureCode, d.Channel, d.ReceivedAt,
            d.DueAt, d.DueComputed, d.CalendarVersion, d.EffectiveDueAt, d.ClosedAt, d.Closure?.ToString(), d.Timeliness?.ToString(),
            d.SupplementRequests, d.SupplementWaits.Count >= 2 ? d.SupplementWaits[1].RequestedAt : null, d.OverdueChangeDates,
            d.DigitizedComponents, d.DigitizedResult, d.PaidOnline, d.LatestRating, d.Flags, Waits(d.SupplementWaits)),
        RefusedAtReception r => new DossierRow(r.DossierCode, DossierRow.Refused, r.UnitCode, r.ProcedureCode, null, null, null, false,
            null, null, r.RefusedAt, null, null, 0, null, [], false, false, false, null, r.Flags, []),
        WaitingForReceipt w => new DossierRow(w.DossierCode, DossierRow.Waiting, w.Events[0].UnitCode, w.Events[0].ProcedureCode, null,
            null, null, false, null, null, null, null, null, 0, null, [], false, false, false, null, w.Flags, []),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome.GetType().Name, "unknown outcome"),
    };

    // Request and answer in turn; an unanswered request ends the list.
    private static List<DateTimeOffset> Waits(IReadOnlyList<SupplementWait> waits)
    {
        var instants = new List<DateTimeOffset>(waits.Count * 2);
        foreach (var wait in waits)
        {
            instants.Add(wait.RequestedAt);
            if (wait.SupplementedAt is not { } supplemented)
            {
                break;
            }
            instants.Add(supplemented);
        }
        return instants;
    }
}
