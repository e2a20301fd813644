using IOC.Analytics.Kpi;
using IOC.Dashboard.Components.Wall;

namespace IOC.Dashboard.Live.Notable;

/// <summary>
/// Watches each unit's figures of today against the province's targets as they are now (<see cref="KpiTargetBoard"/>) and reports a unit that leaves
/// the "met" band (online ratio under its target, overdue rate over its ceiling) or comes back to it. A ratio is judged
/// only once today has enough dossiers (<see cref="MinimumReceived"/>, <see cref="MinimumResolved"/>), the first figure
/// of a unit only sets where it stands, and a unit and ratio are reported at most once per <see cref="Quiet"/>, so a
/// ratio hovering at its target does not flood the ticker.
/// </summary>
public sealed class ThresholdRule(Func<KpiTargets> targets)
{
    /// <summary>Dossiers received today before the online ratio is judged.</summary>
    public const int MinimumReceived = 20;

    /// <summary>Dossiers resolved today before the overdue rate is judged.</summary>
    public const int MinimumResolved = 10;

    /// <summary>The least time between two reports of one unit and ratio.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMinutes(15);

    private readonly Dictionary<(string Unit, ThresholdMeasure Measure), Standing> _standings = [];

    /// <summary>The crossings the unit's new figures make.</summary>
    public IReadOnlyList<ThresholdCrossing> Judge(UnitKpi kpi, DateTimeOffset now)
    {
        var figures = kpi.Figures;
        var crossings = new List<ThresholdCrossing>();
        Judge(kpi, ThresholdMeasure.OnlineRatio, figures.ReceivedTotal >= MinimumReceived ? figures.OnlineRatio : null, now, crossings);
        Judge(kpi, ThresholdMeasure.OverdueRate, figures.ResolvedTotal >= MinimumResolved ? figures.OverdueRate : null, now, crossings);
        return crossings;
    }

    /// <summary>True when the ratio is in the "met" band of its target.</summary>
    public static bool Meets(ThresholdMeasure measure, double ratio, KpiTargets targets) => measure switch
    {
        ThresholdMeasure.OnlineRatio => TargetBand.AtLeast(ratio, targets.OnlineRatio) == Band.Met,
        _ => TargetBand.AtMost(ratio, targets.MaxOverdueRate) == Band.Met,
    };

    private void Judge(UnitKpi kpi, ThresholdMeasure measure, double? ratio, DateTimeOffset now, List<ThresholdCrossing> crossings)
    {
        if (ratio is not { } value)
        {
            return;
        }
        var current = targets();
        var met = Meets(measure, value, current);
        var key = (kpi.Unit.Code, measure);
        if (!_standings.TryGetValue(key, out var standing))
        {
            _standings[key] = new Standing(met, DateTimeOffset.MinValue);
            return;
        }
        if (standing.Met == met || now - standing.ReportedAt < Quiet)
        {
            return;
        }
        _standings[key] = new Standing(met, now);
        var target = measure == ThresholdMeasure.OnlineRatio ? current.OnlineRatio : current.MaxOverdueRate;
        crossings.Add(new ThresholdCrossing(now, kpi.Unit.Code, kpi.Unit.Name, measure, value, target, met));
    }

    private readonly record struct Standing(bool Met, DateTimeOffset ReportedAt);
}
