using IOC.Analytics.Dossiers;

namespace IOC.Ingestion.Simulator;

/// <summary>One generated dossier: its whole lifecycle as CONTRACT.md §1 events, and the due time it was drawn against.</summary>
/// <param name="DueAt">The due time after any supplement, null for a dossier refused at reception.</param>
public sealed record SimulatedDossier(
    string DossierCode,
    DateTimeOffset ArrivedAt,
    string UnitCode,
    string ProcedureCode,
    string Channel,
    DateTimeOffset? DueAt,
    IReadOnlyList<DossierEvent> Events);
