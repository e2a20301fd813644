using IOC.Analytics.Dossiers;
using IOC.Analytics.Storage;

namespace IOC.Bench;

/// <summary>
/// A generated dossier with the facts the projector would fold from its events: the one source of the ingest run's
/// events, the seeded dossier rows and the InfluxDB points, so the two KPI stores hold the same province.
/// </summary>
public sealed record SyntheticDossier(
    string Code,
    string UnitCode,
    string ProcedureCode,
    bool HasFee,
    bool RefusedAtReception,
    string Channel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    DateTimeOffset EffectiveDueAt,
    DateTimeOffset? ClosedAt,
    ClosureKind? Closure,
    Timeliness? Timeliness,
    int SupplementRequests,
    DateTimeOffset? Late766From,
    DateOnly? OverdueFrom,
    bool DigitizedComponents,
    bool DigitizedResult,
    bool PaidOnline,
    string? Rating)
{
    public DossierRow ToRow() => RefusedAtReception
        ? new DossierRow(Code, DossierRow.Refused, UnitCode, ProcedureCode, null, null, null, false, null, null, ReceivedAt, null, null, 0,
            null, [], false, false, false, null, [], [])
        : new DossierRow(Code, DossierRow.Received, UnitCode, ProcedureCode, Channel, ReceivedAt, DueAt, true, 1, EffectiveDueAt,
            ClosedAt, Closure?.ToString(), Timeliness?.ToString(), SupplementRequests, Late766From, OverdueFrom is { } from ? [from] : [], DigitizedComponents,
            DigitizedResult, PaidOnline, Rating, [], []);

    /// <summary>The event type that closed the dossier, or null while it is open.</summary>
    public string? ClosingEventType => RefusedAtReception
        ? DossierEventType.Refused
        : Closure switch
        {
            ClosureKind.Resolved => DossierEventType.Resolved,
            ClosureKind.Withdrawn => DossierEventType.Withdrawn,
            ClosureKind.Returned => DossierEventType.Returned,
            ClosureKind.RefusedAfterReceipt => DossierEventType.Refused,
            _ => null,
        };
}
