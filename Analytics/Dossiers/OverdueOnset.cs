using IOC.Analytics.Time;

namespace IOC.Analytics.Dossiers;

/// <summary>
/// Finds the first province date on which an open dossier stands overdue, so that a store keeping counts by date can
/// answer "overdue at T" with <c>OverdueFromDate &lt;= date(T)</c> instead of replaying the dossier.
/// </summary>
/// <remarks>
/// <para>
/// The standing of a date is the standing at its first open instant: 00:00, which is where every past period is
/// evaluated, or just after the receipt on the receipt date. Between two events the standing only changes at 00:00
/// (overdue ⇔ date(T) &gt; date(due)) and only from within to overdue; a request does not change it (it freezes it).
/// Only a <c>supplemented</c> moves the due time, and so can change the standing in the middle of a day:
/// </para>
/// <list type="bullet">
/// <item>within → overdue, when the wait crossed midnight frozen within and the shifted due falls on an earlier date
/// (requested after the due instant but on the due date). The day-level standing follows the next day; only an
/// evaluation at "now" on the day of the supplement sees the exact standing earlier.</item>
/// <item>overdue → within, the edge case where the standing is not monotone: overdue at the request, the due moves
/// later by the working time waited and can land on the date of the supplement, so the dossier is within again until
/// the next midnight. With office hours ending before midnight that window never contains a 00:00, so the day-level
/// standing stays monotone; a calendar that rounds the shifted due up to the next working morning could open it
/// across one midnight. The conservative answer is kept: the dossier stays counted overdue from the earliest date.</item>
/// </list>
/// <para>
/// Because the standing only changes at those instants, the first overdue date is the receipt date, the day after a
/// due date in force, or the day after a request or a supplement; only those dates are examined.
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
