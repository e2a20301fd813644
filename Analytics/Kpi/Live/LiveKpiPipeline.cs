using System.Reactive.Concurrency;
using System.Reactive.Linq;
using IOC.Analytics.Catalog;
using IOC.Analytics.Storage;
using IOC.Analytics.Time;

namespace IOC.Analytics.Kpi.Live;

/// <summary>
/// The live pipeline (Rx): dossier changes become today's figures of every unit they touch, rolled up to every ancestor
/// and the province; and at 00:00 province time every unit is recounted, because open dossiers turn overdue then with no
/// new event. Every time-based operator runs on the given scheduler, so tests drive it in virtual time.
/// </summary>
public static class LiveKpiPipeline
{
    /// <summary>
    /// Today's <see cref="UnitKpi"/> for each affected unit, at most once per <paramref name="window"/> per burst of
    /// changes. The index must already hold the changes when they are published (the follower applies, then publishes).
    /// </summary>
    public static IObservable<UnitKpi> Create(IObservable<IReadOnlyList<DossierRow>> changes, FactsIndex index,
        Func<CatalogSnapshot> catalog, TimeSpan window, IScheduler scheduler)
    {
        var touched = changes
            .SelectMany(rows => rows.Select(row => row.UnitCode))
            .Buffer(window, scheduler)
            .Where(units => units.Count > 0)
            .Select(units => WithAncestors(catalog(), units));
        var midnights = Midnights(scheduler).Select(_ => (IReadOnlyCollection<string>)catalog().Units.Select(u => u.Code).ToList());
        return touched.Merge(midnights)
            .SelectMany(units => Today(index, catalog(), units, scheduler.Now));
    }

    /// <summary>Today's figures of the given units, evaluated at <paramref name="now"/>.</summary>
    public static IReadOnlyList<UnitKpi> Today(FactsIndex index, CatalogSnapshot catalog, IReadOnlyCollection<string> unitCodes,
        DateTimeOffset now)
    {
        var today = ProvinceTime.DateOf(now);
        var units = unitCodes.Select(catalog.Unit).OfType<Unit>().ToList();
        return units.Count == 0 ? [] : KpiQuery.ForUnits(index, catalog, units, new Period(today, today), now);
    }

    /// <summary>Each 00:00 province time from now on.</summary>
    public static IObservable<DateTimeOffset> Midnights(IScheduler scheduler) =>
        Observable.Generate(NextMidnight(scheduler.Now), _ => true, NextMidnight, at => at, at => at, scheduler);

    private static DateTimeOffset NextMidnight(DateTimeOffset after) => ProvinceTime.StartOf(ProvinceTime.DateOf(after).AddDays(1));

    private static IReadOnlyCollection<string> WithAncestors(CatalogSnapshot catalog, IEnumerable<string> units)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in units.Distinct(StringComparer.Ordinal))
        {
            all.Add(unit);
            all.UnionWith(catalog.Ancestors(unit));
        }
        return all;
    }
}
