using IOC.Analytics.Time;

namespace IOC.Analytics.Dossiers;

/// <summary>
/// Finds the province dates on which an open dossier stands overdue, so that a store keeping counts by date can answer
/// "overdue at T" from date(T) alone instead of replaying the dossier.
/// </summary>
/// <remarks>
/// <para>
/// The standing of a date D is the dossier's standing at D's last instant, judged on D: what a period ending on D says
/// (see <see cref="Period"/>), and what "now" says on D, since everything that has happened by now on D has happened
/// before D's last instant. Without supplements the standing is monotone: within through the due date, overdue from
/// the day after it. A request freezes it without changing it. Only a <c>supplemented</c> moves the due time, and so
/// can turn the standing back: overdue at the request, the due moves later by the working time waited and may land on
/// the date of the supplement, making the dossier within on that date and overdue again from the next.
/// </para>
/// <para>
/// The standing of a date depends only on which events came before its end and on the date itself, so it can change
/// only on the receipt date, the day after a due date in force, and the date of a request or a supplement; only those
/// dates are examined.
/// </para>
/// </remarks>
internal static class OverdueOnset
{
    /// <summary>The first date whose standing is overdue; null when the dossier closes or never turns overdue.</summary>
    public static DateOnly? FirstDate(ReceivedDossier dossier)
    {
        var changes = ChangeDates(dossier);
        return changes.Count > 0 ? changes[0] : null;
    }

    /// <summary>
    /// Every date on which the standing changes (within → overdue → within …), starting within: overdue on a date ⇔ an
    /// odd number of these dates is on or before it. Almost always one date (or none); more only when a supplement
    /// turns an overdue dossier back within, which a store must still count exactly.
    /// </summary>
    public static IReadOnlyList<DateOnly> ChangeDates(ReceivedDossier dossier)
    {
        var receiptDate = ProvinceTime.DateOf(dossier.ReceivedAt);
        var changes = new List<DateOnly>();
        var overdue = false;
        foreach (var date in Candidates(dossier).Where(date => date >= receiptDate).Distinct().Order())
        {
            var endOfDate = ProvinceTime.StartOf(date.AddDays(1));
            if (!dossier.IsOpenAt(endOfDate))
            {
                break;
            }
            if (dossier.IsOverdueAt(endOfDate, date) != overdue)
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
            yield return ProvinceTime.DateOf(wait.RequestedAt);
            if (wait.SupplementedAt is { } supplemented)
            {
                yield return ProvinceTime.DateOf(supplemented);
            }
            if (wait.ShiftedDueAt is { } shifted)
            {
                yield return DayAfter(shifted);
            }
        }
    }

    private static DateOnly DayAfter(DateTimeOffset instant) => ProvinceTime.DateOf(instant).AddDays(1);
}
