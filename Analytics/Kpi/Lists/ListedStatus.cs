using IOC.Analytics.Kpi.Counts;

namespace IOC.Analytics.Kpi.Lists;

/// <summary>A listed dossier's <c>status</c> (CONTRACT.md §2b), from where it stands in the period.</summary>
public static class ListedStatus
{
    /// <summary>In process and past its due date on date(T).</summary>
    public const string Overdue = "overdue";

    /// <summary>In process within the deadline, its clock running.</summary>
    public const string Within = "within";

    /// <summary>In process within the deadline, waiting for the citizen's supplement (the clock stands still).</summary>
    public const string WaitingSupplement = "waiting-supplement";

    /// <summary>Resolved in the period before its due date.</summary>
    public const string ResolvedEarly = "resolved-early";

    /// <summary>Resolved in the period on its due date.</summary>
    public const string ResolvedOnTime = "resolved-on-time";

    /// <summary>Resolved in the period after its due date.</summary>
    public const string ResolvedLate = "resolved-late";

    /// <summary>
    /// The status of a dossier standing as <paramref name="standing"/>: overdue before waiting, so that the overdue list
    /// reads overdue throughout; null for a dossier neither in process nor resolved in the period.
    /// </summary>
    public static string? Of(DossierStanding standing, bool waiting) =>
        KpiCount.InProcessOverdue.Rule.Matches(standing) ? Overdue
        : standing.HasFlag(DossierStanding.InProcess) ? waiting ? WaitingSupplement : Within
        : KpiCount.ResolvedEarly.Rule.Matches(standing) ? ResolvedEarly
        : KpiCount.ResolvedLate.Rule.Matches(standing) ? ResolvedLate
        : KpiCount.ResolvedOnTime.Rule.Matches(standing) ? ResolvedOnTime
        : null;
}
