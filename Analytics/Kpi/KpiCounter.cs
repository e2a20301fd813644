using IOC.Analytics.Dossiers;

namespace IOC.Analytics.Kpi;

/// <summary>
/// Counts dossier facts into the figures of one period, by the rules of <see cref="PeriodFigures"/> (the reference
/// definition; tests on generated data prove the two equal). Mutable so a scan allocates nothing per dossier.
/// </summary>
public sealed class KpiCounter
{
    private int _direct, _online, _postal, _carriedOver, _early, _onTime, _late, _within, _overdue, _withdrawn, _refused,
        _progressOnTime, _feeBearing, _feeBearingPaidOnline, _receivedDigitized, _resolvedDigitized, _rated, _ratedSatisfied;

    /// <summary>Adds one dossier seen from a period window [start, T).</summary>
    public void Add(in DossierFact fact, in KpiWindow window, bool feeBearing)
    {
        if (fact.Kind == FactKind.Refused)
        {
            _refused += window.Contains(fact.ReceivedAt) ? 1 : 0;
            return;
        }
        if (fact.Kind != FactKind.Received)
        {
            return;
        }
        var received = window.Contains(fact.ReceivedAt);
        var closed = window.Contains(fact.ClosedAt);
        var resolved = closed && fact.Closure == ClosureKind.Resolved;
        var inProcess = fact.ReceivedAt < window.EvaluatedAt && fact.ClosedAt >= window.EvaluatedAt;
        var overdue = inProcess && fact.IsOverdueOn(window.EvaluatedDay);
        if (received)
        {
            switch (fact.Channel)
            {
                case DossierFact.Online: _online++; break;
                case DossierFact.Postal: _postal++; break;
                default: _direct++; break;
            }
            _feeBearing += feeBearing ? 1 : 0;
            _feeBearingPaidOnline += feeBearing && (fact.Flags & FactFlags.PaidOnline) != 0 ? 1 : 0;
            _receivedDigitized += (fact.Flags & FactFlags.DigitizedComponents) != 0 ? 1 : 0;
        }
        _carriedOver += fact.ReceivedAt < window.CarryCut && fact.ClosedAt >= window.CarryCut ? 1 : 0;
        if (resolved)
        {
            switch (fact.Timeliness)
            {
                case Timeliness.Early: _early++; break;
                case Timeliness.Late: _late++; break;
                default: _onTime++; break;
            }
            _resolvedDigitized += (fact.Flags & FactFlags.DigitizedResult) != 0 ? 1 : 0;
            var rated = (fact.Flags & FactFlags.Rated) != 0;
            _rated += rated ? 1 : 0;
            _ratedSatisfied += rated && (fact.Flags & FactFlags.RatedSatisfiedOrNeutral) != 0 && fact.Timeliness != Timeliness.Late ? 1 : 0;
        }
        _withdrawn += closed && !resolved ? 1 : 0;
        _within += inProcess && !overdue ? 1 : 0;
        _overdue += overdue ? 1 : 0;
        _progressOnTime += (resolved || inProcess) && !IsLateFor766(fact, window, overdue) ? 1 : 0;
    }

    /// <summary>The counted figures.</summary>
    public KpiFigures ToFigures() => new()
    {
        ReceivedDirect = _direct,
        ReceivedOnline = _online,
        ReceivedPostal = _postal,
        CarriedOver = _carriedOver,
        ResolvedEarly = _early,
        ResolvedOnTime = _onTime,
        ResolvedLate = _late,
        InProcessWithinDeadline = _within,
        InProcessOverdue = _overdue,
        Withdrawn = _withdrawn,
        Refused = _refused,
        Progress766OnTime = _progressOnTime,
        ReceivedFeeBearing = _feeBearing,
        ReceivedFeeBearingPaidOnline = _feeBearingPaidOnline,
        ReceivedDigitized = _receivedDigitized,
        ResolvedDigitized = _resolvedDigitized,
        ResolvedRated = _rated,
        ResolvedRatedSatisfied = _ratedSatisfied,
    };

    // Two or more supplement requests make a dossier late for 766 only; otherwise its timeliness, or its standing while open.
    private static bool IsLateFor766(in DossierFact fact, in KpiWindow window, bool overdue) =>
        fact.Late766From < window.EvaluatedAt
        || (fact.ClosedAt < window.EvaluatedAt ? fact.Timeliness == Timeliness.Late : overdue);
}
