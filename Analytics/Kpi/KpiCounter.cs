using IOC.Analytics.Dossiers;
using IOC.Analytics.Kpi.Counts;

namespace IOC.Analytics.Kpi;

/// <summary>
/// Counts dossier facts into the figures of one period: finds each fact's <see cref="DossierStanding"/> the way
/// <see cref="PeriodFigures"/> finds a folded dossier's (the reference; tests on generated data prove the two equal)
/// and adds it to every count of <see cref="KpiCount"/> whose rule it meets. Mutable so a scan allocates nothing per
/// dossier.
/// </summary>
public sealed class KpiCounter
{
    private static readonly CountRule[] Rules = [.. KpiCount.Rules];
    private readonly int[] _counts = new int[Rules.Length];

    /// <summary>Adds one dossier seen from a period window [start, T).</summary>
    public void Add(in DossierFact fact, in KpiWindow window, bool feeBearing)
    {
        var standing = StandingOf(fact, window, feeBearing);
        if (standing == DossierStanding.None)
        {
            return;
        }
        for (var i = 0; i < Rules.Length; i++)
        {
            _counts[i] += Rules[i].Matches(standing) ? 1 : 0;
        }
    }

    /// <summary>The counted figures.</summary>
    public KpiFigures ToFigures() => new((int[])_counts.Clone());

    /// <summary>Where the fact stands in the window.</summary>
    public static DossierStanding StandingOf(in DossierFact fact, in KpiWindow window, bool feeBearing)
    {
        if (fact.Kind == FactKind.Refused)
        {
            return window.Contains(fact.ReceivedAt) ? DossierStanding.Refused : DossierStanding.None;
        }
        if (fact.Kind != FactKind.Received)
        {
            return DossierStanding.None;
        }
        var standing = DossierStanding.None;
        if (window.Contains(fact.ReceivedAt))
        {
            standing |= DossierStanding.Received | fact.Channel switch
            {
                DossierFact.Online => DossierStanding.Online,
                DossierFact.Postal => DossierStanding.Postal,
                _ => DossierStanding.None,
            };
        }
        if (fact.ReceivedAt < window.CarryCut && fact.ClosedAt >= window.CarryCut)
        {
            standing |= DossierStanding.CarriedOver;
        }
        if (window.Contains(fact.ClosedAt))
        {
            standing |= DossierStanding.Closed | (fact.Closure == ClosureKind.Resolved ? DossierStanding.Resolved : DossierStanding.None);
        }
        var inProcess = fact.ReceivedAt < window.EvaluatedAt && fact.ClosedAt >= window.EvaluatedAt;
        var overdue = inProcess && fact.IsOverdueOn(window.EvaluatedDay);
        if (inProcess)
        {
            standing |= DossierStanding.InProcess | (overdue ? DossierStanding.Overdue : DossierStanding.None);
        }
        if (standing == DossierStanding.None)
        {
            return standing;
        }
        if (IsLateFor766(fact, window, overdue))
        {
            standing |= DossierStanding.LateFor766;
        }
        return standing | Attributes(fact, feeBearing);
    }

    // The yes/no facts a dossier carries whatever the window.
    private static DossierStanding Attributes(in DossierFact fact, bool feeBearing) =>
        fact.Timeliness switch
        {
            Timeliness.Early => DossierStanding.Early,
            Timeliness.Late => DossierStanding.Late,
            _ => DossierStanding.None,
        }
        | (feeBearing ? DossierStanding.FeeBearing : 0)
        | ((fact.Flags & FactFlags.PaidOnline) != 0 ? DossierStanding.PaidOnline : 0)
        | ((fact.Flags & FactFlags.DigitizedComponents) != 0 ? DossierStanding.DigitizedComponents : 0)
        | ((fact.Flags & FactFlags.DigitizedResult) != 0 ? DossierStanding.DigitizedResult : 0)
        | ((fact.Flags & FactFlags.Rated) != 0 ? DossierStanding.Rated : 0)
        | ((fact.Flags & FactFlags.RatedSatisfiedOrNeutral) != 0 ? DossierStanding.RatedSatisfiedOrNeutral : 0);

    // Two or more supplement requests make a dossier late for 766 only; otherwise its timeliness, or its standing while open.
    private static bool IsLateFor766(in DossierFact fact, in KpiWindow window, bool overdue) =>
        fact.Late766From < window.EvaluatedAt
        || (fact.ClosedAt < window.EvaluatedAt ? fact.Timeliness == Timeliness.Late : overdue);
}
