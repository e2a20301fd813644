namespace IOC.Analytics.Storage;

/// <summary>The stored current state of one dossier (table <c>dossier</c>), as the projector folded it.</summary>
/// <param name="SupplementWaits">
/// Request and answer instants of its supplement waits in turn; an odd count means the last request is unanswered.
/// </param>
public sealed record DossierRow(
    string Code,
    string Outcome,
    string UnitCode,
    string ProcedureCode,
    string? Channel,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? DueAt,
    bool DueComputed,
    int? CalendarVersion,
    DateTimeOffset? EffectiveDueAt,
    DateTimeOffset? ClosedAt,
    string? Closure,
    string? Timeliness,
    int SupplementRequests,
    DateTimeOffset? Late766From,
    IReadOnlyList<DateOnly> OverdueChanges,
    bool DigitizedComponents,
    bool DigitizedResult,
    bool PaidOnline,
    string? Rating,
    IReadOnlyList<string> Flags,
    IReadOnlyList<DateTimeOffset> SupplementWaits)
{
    /// <summary>Received (tiếp nhận).</summary>
    public const string Received = "received";

    /// <summary>Refused at reception, never received.</summary>
    public const string Refused = "refused";

    /// <summary>Events arrived, the receipt not yet.</summary>
    public const string Waiting = "waiting";
}
