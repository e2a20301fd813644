using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Time;

namespace IOC.Analytics.Kpi;

/// <summary>
/// The reference definition of DOMAIN.md §4-5: every rule that turns dossier outcomes into period figures lives here.
/// A period is evaluated as of T (its last instant once ended, now otherwise; see <see cref="Period"/>) and events at or
/// after T have not happened yet; that is what keeps <c>carried over + received = resolved + withdrawn + in process</c>
/// for every period, including one that has not ended, or not begun. Open dossiers are judged on date(T), which for an
/// ended period is its last day.
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
        Func<string, Procedure?> procedures)
    {
        var window = new Window(period.Start, period.EvaluatedAt(now), period.EvaluatedDate(now));
        return outcome switch
        {
            ReceivedDossier dossier => OfReceived(dossier, window, procedures),
            RefusedAtReception refusal => new KpiFigures { Refused = Count(window.Contains(refusal.RefusedAt)) },
            _ => KpiFigures.Zero,
        };
    }

    private static KpiFigures OfReceived(ReceivedDossier dossier, Window window, Func<string, Procedure?> procedures)
    {
        var received = window.Contains(dossier.ReceivedAt);
        var closed = dossier.ClosedAt is { } closedAt && window.Contains(closedAt);
        var resolved = closed && dossier.Closure == ClosureKind.Resolved;
        var inProcess = dossier.IsOpenAt(window.EvaluatedAt);
        var overdue = inProcess && dossier.IsOverdueAt(window.EvaluatedAt, window.EvaluatedDate);
        var feeBearing = received && procedures(dossier.ProcedureCode)?.HasFee == true;
        var rated = resolved && dossier.LatestRating is not null;
        return new KpiFigures
        {
            ReceivedDirect = Count(received && dossier.Channel is not (Channel.Online or Channel.Postal)),
            ReceivedOnline = Count(received && dossier.Channel == Channel.Online),
            ReceivedPostal = Count(received && dossier.Channel == Channel.Postal),
            CarriedOver = Count(window.CarriesOver(dossier)),
            ResolvedEarly = Count(resolved && dossier.Timeliness == Timeliness.Early),
            ResolvedOnTime = Count(resolved && dossier.Timeliness == Timeliness.OnTime),
            ResolvedLate = Count(resolved && dossier.Timeliness == Timeliness.Late),
            InProcessWithinDeadline = Count(inProcess && !overdue),
            InProcessOverdue = Count(overdue),
            Withdrawn = Count(closed && !resolved),
            Progress766OnTime = Count((resolved || inProcess) && !dossier.IsLateFor766(window.EvaluatedAt, window.EvaluatedDate)),
            ReceivedFeeBearing = Count(feeBearing),
            ReceivedFeeBearingPaidOnline = Count(feeBearing && dossier.PaidOnline),
            ReceivedDigitized = Count(received && dossier.DigitizedComponents),
            ResolvedDigitized = Count(resolved && dossier.DigitizedResult),
            ResolvedRated = Count(rated),
            ResolvedRatedSatisfied = Count(rated && dossier.LatestRating is (Rating.Satisfied or Rating.Neutral)
                && dossier.Timeliness != Timeliness.Late),
        };
    }

    private static int Count(bool condition) => condition ? 1 : 0;

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
