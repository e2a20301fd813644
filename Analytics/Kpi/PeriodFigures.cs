using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Kpi.Counts;
using IOC.Analytics.Time;

namespace IOC.Analytics.Kpi;

/// <summary>
/// The reference definition of DOMAIN.md §4-5: every rule that turns dossier outcomes into period figures lives here.
/// A period is evaluated as of T (its last instant once ended, now otherwise; see <see cref="Period"/>) and events at or
/// after T have not happened yet; that is what keeps <c>carried over + received = resolved + withdrawn + in process</c>
/// for every period, including one that has not ended, or not begun. Open dossiers are judged on date(T), which for an
/// ended period is its last day. Each dossier's <see cref="DossierStanding"/> in the period is found here; what
/// each count makes of a standing is the table of <see cref="KpiCount"/>.
/// </summary>
public static class PeriodFigures
{
    /// <summary>The figures of a set of dossiers (e.g. one unit's) for a period, evaluated at T.</summary>
    /// <param name="outcomes">Folded dossiers; those waiting for receipt count nowhere.</param>
    /// <param name="period">The period, dates inclusive in province time.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="procedures">The procedure catalogue, for whether a procedure carries a fee.</param>
    public static KpiFigures Compute(IEnumerable<DossierOutcome> outcomes, Period period, DateTimeOffset now,
        Func<string, Procedure?> procedures) =>
        outcomes.Aggregate(KpiFigures.Zero, (sum, outcome) => sum + Of(outcome, period, now, procedures));

    /// <summary>What one dossier contributes to the figures of a period; the figures of a set are the sum.</summary>
    public static KpiFigures Of(DossierOutcome outcome, Period period, DateTimeOffset now,
        Func<string, Procedure?> procedures) =>
        Count(StandingOf(outcome, period, now, procedures));

    /// <summary>Where one dossier stands in a period evaluated at T: the facts every count of <see cref="KpiCount"/> reads.</summary>
    public static DossierStanding StandingOf(DossierOutcome outcome, Period period, DateTimeOffset now,
        Func<string, Procedure?> procedures)
    {
        var window = new Window(period.Start, period.EvaluatedAt(now), period.EvaluatedDate(now));
        return outcome switch
        {
            ReceivedDossier dossier => StandingOf(dossier, window, procedures),
            RefusedAtReception refusal when window.Contains(refusal.RefusedAt) => DossierStanding.Refused,
            _ => DossierStanding.None,
        };
    }

    /// <summary>The figures of one dossier of that standing: one in every count whose rule it meets.</summary>
    public static KpiFigures Count(DossierStanding standing) =>
        new(KpiCount.All.Select(count => count.Rule.Matches(standing) ? 1 : 0).ToArray());

    private static DossierStanding StandingOf(ReceivedDossier dossier, Window window, Func<string, Procedure?> procedures)
    {
        var received = window.Contains(dossier.ReceivedAt);
        var closed = dossier.ClosedAt is { } closedAt && window.Contains(closedAt);
        var resolved = closed && dossier.Closure == ClosureKind.Resolved;
        var inProcess = dossier.IsOpenAt(window.EvaluatedAt);
        var overdue = inProcess && dossier.IsOverdueAt(window.EvaluatedAt, window.EvaluatedDate);
        return When(received, DossierStanding.Received)
            | When(received && dossier.Channel == Channel.Online, DossierStanding.Online)
            | When(received && dossier.Channel == Channel.Postal, DossierStanding.Postal)
            | When(window.CarriesOver(dossier), DossierStanding.CarriedOver)
            | When(closed, DossierStanding.Closed)
            | When(resolved, DossierStanding.Resolved)
            | When(resolved && dossier.Timeliness == Timeliness.Early, DossierStanding.Early)
            | When(resolved && dossier.Timeliness == Timeliness.Late, DossierStanding.Late)
            | When(inProcess, DossierStanding.InProcess)
            | When(overdue, DossierStanding.Overdue)
            | When(dossier.IsLateFor766(window.EvaluatedAt, window.EvaluatedDate), DossierStanding.LateFor766)
            | When(procedures(dossier.ProcedureCode)?.HasFee == true, DossierStanding.FeeBearing)
            | When(dossier.PaidOnline, DossierStanding.PaidOnline)
            | When(dossier.DigitizedComponents, DossierStanding.DigitizedComponents)
            | When(dossier.DigitizedResult, DossierStanding.DigitizedResult)
            | When(dossier.LatestRating is not null, DossierStanding.Rated)
            | When(dossier.LatestRating is Rating.Satisfied or Rating.Neutral, DossierStanding.RatedSatisfiedOrNeutral);
    }

    private static DossierStanding When(bool condition, DossierStanding flag) => condition ? flag : DossierStanding.None;

    /// <summary>[start of period, T): what happened in the period as far as it is known at T, and date(T).</summary>
    private readonly record struct Window(DateTimeOffset Start, DateTimeOffset EvaluatedAt, DateOnly EvaluatedDate)
    {
        public bool Contains(DateTimeOffset instant) => Start <= instant && instant < EvaluatedAt;

        /// <summary>
        /// Received before the period and not closed before it; a period that has not begun yet (T before its start)
        /// carries over what is open at T, so that its identity holds too.
        /// </summary>
        public bool CarriesOver(ReceivedDossier dossier)
        {
            var cut = EvaluatedAt < Start ? EvaluatedAt : Start;
            return dossier.ReceivedAt < cut && (dossier.ClosedAt is not { } closedAt || closedAt >= cut);
        }
    }
}
