namespace IOC.Analytics.Dossiers;

/// <summary>
/// The order events are applied in, whatever their arrival order (DOMAIN.md §3): by instant, equal instants in
/// lifecycle order, then by eventId so that every arrival order gives the same result.
/// </summary>
internal sealed class DossierEventOrder : IComparer<DossierEvent>
{
    public static readonly DossierEventOrder Instance = new();

    private DossierEventOrder()
    {
    }

    public int Compare(DossierEvent? x, DossierEvent? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }
        var byInstant = x.OccurredAt.UtcTicks.CompareTo(y.OccurredAt.UtcTicks);
        if (byInstant != 0)
        {
            return byInstant;
        }
        var byLifecycle = DossierEventType.Rank(x.Type).CompareTo(DossierEventType.Rank(y.Type));
        return byLifecycle != 0 ? byLifecycle : string.CompareOrdinal(x.EventId, y.EventId);
    }
}
