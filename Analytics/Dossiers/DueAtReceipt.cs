using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;
using IOC.Analytics.Time;

namespace IOC.Analytics.Dossiers;

/// <summary>
/// The due time fixed at receipt: the source's <c>dueAt</c> when present, else computed from the procedure deadline and
/// recorded with the calendar version, because a calendar edit recomputes only computed due times of open dossiers.
/// </summary>
internal sealed record DueAtReceipt(DateTimeOffset? DueAt, bool Computed, int? CalendarVersion)
{
    public static DueAtReceipt Of(DossierEvent receipt, Func<string, Procedure?> procedures, IWorkingCalendar calendar)
    {
        if (receipt.DueAt is { } given)
        {
            return new DueAtReceipt(ProvinceTime.ToProvince(given), false, null);
        }
        return procedures(receipt.ProcedureCode) is { } procedure
            ? new DueAtReceipt(ProvinceTime.ToProvince(calendar.DueAt(receipt.OccurredAt, procedure.Deadline)), true,
                calendar.Version)
            : new DueAtReceipt(null, false, null);
    }
}
