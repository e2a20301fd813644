namespace IOC.Analytics.Dossiers;

/// <summary>
/// What all the events of one dossier add up to (DOMAIN.md §3): received, refused at reception, or still waiting for
/// its receipt. Produced by <see cref="DossierFold.Fold"/>.
/// </summary>
/// <param name="DossierCode">Mã hồ sơ.</param>
/// <param name="Flags">
/// Events accepted but questionable, as <c>code:eventId</c> (codes in <see cref="DossierFlag"/>), for the health page.
/// </param>
public abstract record DossierOutcome(string DossierCode, IReadOnlyList<string> Flags);

/// <summary>
/// Từ chối tiếp nhận: refused before any receipt. Reported apart and never counted as received (DOMAIN.md §4).
/// </summary>
public sealed record RefusedAtReception(
    string DossierCode,
    string UnitCode,
    string ProcedureCode,
    DateTimeOffset RefusedAt,
    IReadOnlyList<string> Flags) : DossierOutcome(DossierCode, Flags);

/// <summary>
/// A dossier whose <c>received</c> event has not arrived yet: its events are kept, counted nowhere, and shown as
/// "waiting for receipt" in health.
/// </summary>
public sealed record WaitingForReceipt(string DossierCode, IReadOnlyList<DossierEvent> Events)
    : DossierOutcome(DossierCode, []);
