using IOC.Analytics.Time;

namespace IOC.Analytics.Dossiers;

/// <summary>
/// A dossier that was received (tiếp nhận): the facts of DOMAIN.md §3 its events add up to, as known now. Standings
/// "at T" are taken as of T: events at or after T have not happened yet, so a period's end belongs to the period.
/// </summary>
/// <param name="DossierCode">Mã hồ sơ.</param>
/// <param name="UnitCode">The unit of the earliest <c>received</c>; later events naming another unit do not move it.</param>
/// <param name="ProcedureCode">The procedure of the earliest <c>received</c>.</param>
/// <param name="Channel">The channel of the earliest <c>received</c>; a missing channel is direct.</param>
/// <param name="ReceivedAt">The earliest <c>received</c>, in province time.</param>
/// <param name="DueAt">Ngày hẹn trả: the source's <c>dueAt</c>, else computed from the procedure deadline at receipt.</param>
/// <param name="DueComputed">True when <paramref name="DueAt"/> was computed from the working calendar.</param>
/// <param name="CalendarVersion">The calendar version a computed due time came from.</param>
/// <param name="EffectiveDueAt">
/// The due time moved later by every wait for a supplement that has ended (a wait cut short by the closure ends there);
/// the one timeliness is judged against.
/// </param>
/// <param name="ClosedAt">The closing instant; null while open.</param>
/// <param name="Closure">How it closed; null while open.</param>
/// <param name="ResolvedAt">The resolution instant (equal to <paramref name="ClosedAt"/>) when resolved.</param>
/// <param name="Timeliness">Early, on time or late when resolved; null otherwise.</param>
/// <param name="SupplementWaits">Every applied supplement request in order.</param>
/// <param name="DigitizedComponents">The receipt says the components were digitised.</param>
/// <param name="DigitizedResult">The resolving <c>resolved</c> says the result was digitised.</param>
/// <param name="PaidOnline">At least one payment went through an online gateway.</param>
/// <param name="LatestRating">The citizen's latest rating, if any.</param>
/// <param name="Flags">Questionable events, see <see cref="DossierFlag"/>.</param>
public sealed record ReceivedDossier(
    string DossierCode,
    string UnitCode,
    string ProcedureCode,
    string Channel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    bool DueComputed,
    int? CalendarVersion,
    DateTimeOffset? EffectiveDueAt,
    DateTimeOffset? ClosedAt,
    ClosureKind? Closure,
    DateTimeOffset? ResolvedAt,
    Timeliness? Timeliness,
    IReadOnlyList<SupplementWait> SupplementWaits,
    bool DigitizedComponents,
    bool DigitizedResult,
    bool PaidOnline,
    string? LatestRating,
    IReadOnlyList<string> Flags) : DossierOutcome(DossierCode, Flags)
{
    /// <summary>How many supplement requests were applied.</summary>
    public int SupplementRequests => SupplementWaits.Count;

    /// <summary>
    /// The first province date whose standing is overdue, so that stores can count overdue dossiers by date; see
    /// <see cref="OverdueOnset"/> for what the standing of a date is and why one date suffices.
    /// </summary>
    public DateOnly? OverdueFromDate => OverdueOnset.FirstDate(this);

    /// <summary>
    /// The dates on which the day-level standing toggles, starting within (see <see cref="OverdueOnset.ChangeDates"/>):
    /// overdue on a date ⇔ an odd number of them is on or before it.
    /// </summary>
    public IReadOnlyList<DateOnly> OverdueChangeDates => OverdueOnset.ChangeDates(this);

    /// <summary>Đang giải quyết at <paramref name="at"/>: received before it and not closed before it.</summary>
    public bool IsOpenAt(DateTimeOffset at) => ReceivedAt < at && (ClosedAt is not { } closed || closed >= at);

    /// <summary>
    /// Quá hạn at <paramref name="at"/>, judged on the date of <paramref name="at"/>: the standing as of now.
    /// </summary>
    public bool IsOverdueAt(DateTimeOffset at) => IsOverdueAt(at, ProvinceTime.DateOf(at));

    /// <summary>
    /// Quá hạn at T: open before <paramref name="at"/>, and <paramref name="onDate"/> (date(T)) is after the date of the
    /// due time in force, or, while waiting for a supplement, the standing frozen at the request. A period's T is
    /// (<see cref="Period.EvaluatedAt"/>, <see cref="Period.EvaluatedDate"/>).
    /// </summary>
    public bool IsOverdueAt(DateTimeOffset at, DateOnly onDate)
    {
        if (!IsOpenAt(at))
        {
            return false;
        }
        var due = DueAt;
        foreach (var wait in SupplementWaits)
        {
            if (wait.RequestedAt >= at)
            {
                break;
            }
            if (wait.SupplementedAt is not { } supplemented || supplemented >= at)
            {
                return wait.OverdueAtRequest;
            }
            due = wait.ShiftedDueAt;
        }
        return due is { } inForce && onDate > ProvinceTime.DateOf(inForce);
    }

    /// <summary>
    /// Late for the 766 progress ratio as of <paramref name="at"/>: resolved late before it, open and overdue at it,
    /// or asked for a supplement two or more times before it. The report-form figures ignore the request count.
    /// </summary>
    public bool IsLateFor766(DateTimeOffset at) => IsLateFor766(at, ProvinceTime.DateOf(at));

    /// <summary>Late for the 766 progress ratio at T, judged on <paramref name="onDate"/> as in <see cref="IsOverdueAt(DateTimeOffset, DateOnly)"/>.</summary>
    public bool IsLateFor766(DateTimeOffset at, DateOnly onDate)
    {
        // Requests are in time order: the second one decides.
        if (SupplementWaits.Count >= 2 && SupplementWaits[1].RequestedAt < at)
        {
            return true;
        }
        return ClosedAt is { } closed && closed < at
            ? Timeliness is Dossiers.Timeliness.Late
            : IsOverdueAt(at, onDate);
    }
}
