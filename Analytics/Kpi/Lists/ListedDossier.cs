namespace IOC.Analytics.Kpi.Lists;

/// <summary>One item of a dossier list (CONTRACT.md §2b).</summary>
/// <param name="DueAt">The due time after supplements; null without one.</param>
/// <param name="ResolvedAt">The resolution instant when resolved by T; null otherwise.</param>
/// <param name="DaysOverdue">Working days late (see <see cref="Calendar.WorkingDaysLate"/>); null when not late.</param>
/// <param name="WaitingSupplement">True when, at T, it waits for the citizen's supplement.</param>
public sealed record ListedDossier(
    string DossierCode,
    string UnitCode,
    string ProcedureCode,
    string Channel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? ResolvedAt,
    string Status,
    int? DaysOverdue,
    bool WaitingSupplement);

/// <summary>One page of a list and how many dossiers the whole list holds.</summary>
public sealed record DossierListPage(int Total, int Page, int PageSize, IReadOnlyList<ListedDossier> Items);
