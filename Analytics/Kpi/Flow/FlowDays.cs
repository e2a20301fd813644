namespace IOC.Analytics.Kpi.Flow;

/// <summary>
/// The province days on which a dossier has flows: its receipt day (or the day it was refused at reception) and its
/// closure day. A change to the dossier can move flows only between these days, taken before and after the change.
/// </summary>
public static class FlowDays
{
    /// <summary>Adds the fact's flow days to <paramref name="days"/>; a dossier still waiting for its receipt has none.</summary>
    public static void AddTo(in DossierFact fact, ISet<DateOnly> days)
    {
        if (fact.Kind == FactKind.Waiting)
        {
            return;
        }
        Add(fact.ReceivedAt, days);
        Add(fact.ClosedAt, days);
    }

    private static void Add(long utcTicks, ISet<DateOnly> days)
    {
        if (utcTicks != long.MaxValue)
        {
            days.Add(DateOnly.FromDayNumber(DossierFact.DayOf(utcTicks)));
        }
    }
}
