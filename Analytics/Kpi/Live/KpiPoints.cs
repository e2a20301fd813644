using IOC.Analytics.Influx;

namespace IOC.Analytics.Kpi.Live;

/// <summary>
/// The InfluxDB form of live figures (documented in docs/influxdb.md): measurement <c>kpi_unit</c>, one point per
/// unit and sample, tagged by unit (its code), unit_name and level, with today's counts and ratios as fields and the
/// province's targets beside them; a null ratio is left out, never written as 0.
/// </summary>
public static class KpiPoints
{
    /// <summary>The measurement of per-unit KPI gauges.</summary>
    public const string UnitMeasurement = "kpi_unit";

    /// <summary>The point of one unit's figures at their evaluation instant.</summary>
    public static Point Of(UnitKpi kpi, KpiTargets targets)
    {
        var f = kpi.Figures;
        var point = new Point(UnitMeasurement, kpi.AsOf)
            .Tag("unit", kpi.Unit.Code)
            .Tag("unit_name", kpi.Unit.Name)
            .Tag("level", kpi.Unit.Level)
            .Field("received_total", f.ReceivedTotal)
            .Field("received_online", f.ReceivedOnline)
            .Field("received_direct", f.ReceivedDirect)
            .Field("received_postal", f.ReceivedPostal)
            .Field("carried_over", f.CarriedOver)
            .Field("resolved_total", f.ResolvedTotal)
            .Field("resolved_early", f.ResolvedEarly)
            .Field("resolved_on_time", f.ResolvedOnTime)
            .Field("resolved_late", f.ResolvedLate)
            .Field("in_process_total", f.InProcessTotal)
            .Field("in_process_within", f.InProcessWithinDeadline)
            .Field("in_process_overdue", f.InProcessOverdue)
            .Field("withdrawn", f.Withdrawn)
            .Field("refused", f.Refused)
            .Field("target_online_ratio", targets.OnlineRatio)
            .Field("target_max_overdue_rate", targets.MaxOverdueRate);
        return Ratio(Ratio(Ratio(Ratio(point, "online_ratio", f.OnlineRatio), "overdue_rate", f.OverdueRate), "on_time_rate", f.OnTimeRate),
            "progress_766", f.Progress766);
    }

    private static Point Ratio(Point point, string field, double? value) => value is { } ratio ? point.Field(field, ratio) : point;
}
