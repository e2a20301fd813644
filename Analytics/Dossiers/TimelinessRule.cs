using IOC.Analytics.Time;

namespace IOC.Analytics.Dossiers;

/// <summary>Timeliness is judged on province-local dates, not instants (DOMAIN.md §3).</summary>
internal static class TimelinessRule
{
    public static Timeliness Judge(DateTimeOffset resolvedAt, DateTimeOffset? dueAt)
    {
        if (dueAt is not { } due)
        {
            return Timeliness.OnTime;
        }
        var resolvedOn = ProvinceTime.DateOf(resolvedAt);
        var dueOn = ProvinceTime.DateOf(due);
        return resolvedOn < dueOn ? Timeliness.Early : resolvedOn == dueOn ? Timeliness.OnTime : Timeliness.Late;
    }
}
