namespace IOC.Analytics.Dossiers;

/// <summary>
/// One supplement request (yêu cầu bổ sung, hoàn thiện hồ sơ) and its answer. The dossier's clock stands still from
/// <see cref="RequestedAt"/> until <see cref="SupplementedAt"/>; meanwhile it keeps the standing it had at the request.
/// </summary>
/// <param name="RequestedAt">When the supplement was requested.</param>
/// <param name="SupplementedAt">When the citizen supplied it; null while still waiting or when the dossier closed first.</param>
/// <param name="OverdueAtRequest">The overdue standing at the request, frozen for the whole wait.</param>
/// <param name="ShiftedDueAt">
/// The due time once supplemented: moved later by the working time waited. Null while waiting or without a due time.
/// </param>
public sealed record SupplementWait(
    DateTimeOffset RequestedAt,
    DateTimeOffset? SupplementedAt,
    bool OverdueAtRequest,
    DateTimeOffset? ShiftedDueAt = null);
