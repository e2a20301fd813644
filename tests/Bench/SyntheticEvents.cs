using IOC.Analytics.Dossiers;

namespace IOC.Bench;

/// <summary>The events a one-stop desk or the portal would send for a generated dossier, in the order they happened.</summary>
public static class SyntheticEvents
{
    public static IEnumerable<DossierEvent> Of(SyntheticDossier d, DateTimeOffset now)
    {
        var number = 0;
        DossierEvent Event(string type, DateTimeOffset at) =>
            new($"{d.Code}-{++number}", d.Code, type, at, d.UnitCode, d.ProcedureCode);

        if (d.RefusedAtReception)
        {
            yield return Event(DossierEventType.Refused, d.ReceivedAt);
            yield break;
        }
        // Desk software prints the appointment date on the receipt; the portal leaves it to IOC's working calendar.
        yield return Event(DossierEventType.Received, d.ReceivedAt) with
        {
            Channel = d.Channel,
            DueAt = d.Channel == Channel.Online ? null : d.DueAt,
            Digitized = d.DigitizedComponents,
        };
        var waitedUntil = d.ReceivedAt;
        for (var request = 0; request < d.SupplementRequests; request++)
        {
            var requestedAt = waitedUntil.AddHours(4);
            waitedUntil = requestedAt.AddDays(2);
            if (waitedUntil >= (d.ClosedAt ?? now))
            {
                break;
            }
            yield return Event(DossierEventType.SupplementRequested, requestedAt);
            yield return Event(DossierEventType.Supplemented, waitedUntil);
        }
        if (d.HasFee)
        {
            yield return Event(DossierEventType.Payment, d.ReceivedAt.AddMinutes(5)) with { Amount = 50_000m, PaidOnline = d.PaidOnline };
        }
        if (d.ClosedAt is not { } closedAt)
        {
            yield break;
        }
        yield return Event(d.ClosingEventType!, closedAt) with { Digitized = d.Closure == ClosureKind.Resolved ? d.DigitizedResult : null };
        if (d.Closure == ClosureKind.Resolved && closedAt.AddDays(1) < now)
        {
            yield return Event(DossierEventType.ResultDelivered, closedAt.AddDays(1));
            if (d.Rating is not null)
            {
                yield return Event(DossierEventType.Rating, closedAt.AddDays(1).AddMinutes(10)) with { Rating = d.Rating };
            }
        }
    }
}
