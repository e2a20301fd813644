using IOC.Analytics.Time;

namespace IOC.Analytics.Dossiers;

/// <summary>
/// Finds the first province date on which an open dossier stands overdue, so that a store keeping counts by date can
/// answer "overdue at T" with <c>OverdueFromDate &lt;= date(T)</c> instead of replaying the dossier.
/// </summary>
/// <remarks>
/// <para>
/// The standing of a date is the standing at its first open instant: 00:00, where every past period is evaluated, or
/// just after the receipt on the receipt date. Without supplements the standing is monotone: it turns overdue at the
/// 00:00 after the due date and stays so. A request freezes it without changing it. Only a <c>supplemented</c> moves
/// the due time, and so can change the standing in the middle of a day:
/// </para>
/// <list type="bullet">
/// <item>within → overdue, when a request made after the due instant but on the due date waits past midnight, frozen
/// within, and the shifted due still falls on an earlier date than the supplement. Still monotone; the date-level
/// standing follows at the next 00:00, and only an evaluation at "now" later that day sees it earlier.</item>
/// <item>overdue → within, the one case that is not monotone: overdue at the request, the due moves later by the
/// working time waited and may land on the date of the supplement, making the dossier within again until midnight.
/// Adding the working time waited to a due that lies before the request cannot pass the supplement itself, so no 00:00
/// falls inside that window and the date-level standing stays monotone. A calendar that rounds a due landing at the
/// end of a day up to the next morning could open the window across one midnight; the earliest overdue date is kept
/// then, the conservative answer: a store never counts a dossier within once it has counted it overdue.</item>
/// </list>
/// <para>
/// Since the standing changes only at those instants, the first overdue date is the receipt date, the day after a due
/// date in force, or the day after a request or a supplement; only those dates are examined.
/// </para>
/// </remarks>
internal static class OverdueOnset
{
    public static DateOnly? FirstDate(ReceivedDossier dossier)
    {
        var receiptDate = ProvinceTime.DateOf(dossier.ReceivedAt);
        foreach (var date in Candidates(dossier).Where(date => date >= receiptDate).Distinct().Order())
        {
            var firstOpenInstant = date == receiptDate ? dossier.ReceivedAt.AddTicks(1) : ProvinceTime.StartOf(date);
            if (!dossier.IsOpenAt(firstOpenInstant))
            {
                return null;
            }
            if (dossier.IsOverdueAt(firstOpenInstant))
            {
                return date;
            }
        }
        return null;
    }

    /// <summary>
    /// Every date on which the day-level standing changes (within → overdue → within …), starting within: overdue on a
    /// date ⇔ an odd number of these dates is on or before it. Almost always one date (or none); more only in the
    /// non-monotone edge case above, which a store must still count exactly.
    /// </summary>
    public static IReadOnlyList<DateOnly> ChangeDates(ReceivedDossier dossier)
    {
        var receiptDate = ProvinceTime.DateOf(dossier.ReceivedAt);
        var changes = new List<DateOnly>();
        var overdue = false;
        foreach (var date in Candidates(dossier).Where(date => date >= receiptDate).Distinct().Order())
        {
            var firstOpenInstant = date == receiptDate ? dossier.ReceivedAt.AddTicks(1) : ProvinceTime.StartOf(date);
            if (!dossier.IsOpenAt(firstOpenInstant))
            {
                break;
            }
            if (dossier.IsOverdueAt(firstOpenInstant) != overdue)
            {
                overdue = !overdue;
                changes.Add(date);
            }
        }
        return changes;
    }

    private static IEnumerable<DateOnly> Candidates(ReceivedDossier dossier)
    {
        yield return ProvinceTime.DateOf(dossier.ReceivedAt);
        if (dossier.DueAt is { } due)
        {
            yield return DayAfter(due);
        }
        foreach (var wait in dossier.SupplementWaits)
        {
            yield return DayAfter(wait.RequestedAt);
            if (wait.SupplementedAt is { } supplemented)
            {
                yield return DayAfter(supplemented);
            }
            if (wait.ShiftedDueAt is { } shifted)
            {
                yield return DayAfter(shifted);
            }
        }
    }

    private static DateOnly DayAfter(DateTimeOffset instant) => ProvinceTime.DateOf(instant).AddDays(1);
}
