using IOC.Analytics.Catalog;
using IOC.Analytics.Time;

namespace IOC.Analytics.Kpi.Live;

/// <summary>
/// The closing figures of a province day for every unit, as <c>kpi_unit</c> points that refill the gauges for days whose
/// live samples never reached InfluxDB: evaluated at the day's end and stamped 23:59:59.999 province time (so they never
/// collide with the 00:00 recount of the next day); a day not over yet is evaluated and stamped at now.
/// </summary>
public static class DayEndKpi
{
    /// <summary>The last instant (to InfluxDB's millisecond) that belongs to the day.</summary>
    public static DateTimeOffset StampOf(DateOnly day) => ProvinceTime.StartOf(day.AddDays(1)).AddMilliseconds(-1);

    /// <summary>Each unit's figures of the day, evaluated at min(end of day, now).</summary>
    public static IReadOnlyList<UnitKpi> For(FactsIndex index, CatalogSnapshot catalog, DateOnly day, DateTimeOffset now)
    {
        var period = new Period(day, day);
        var kpis = KpiQuery.ForUnits(index, catalog, catalog.Units.ToList(), period, now);
        return now < period.End ? kpis : kpis.Select(kpi => kpi with { AsOf = ProvinceTime.ToProvince(StampOf(day)) }).ToList();
    }
}
