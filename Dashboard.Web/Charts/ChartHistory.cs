using System.Collections.Concurrent;
using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Time;
using IOC.Dashboard.Figures;

namespace IOC.Dashboard.Charts;

/// <summary>What only history changes, for one unit: the weeks of the year before the current one and the typical day.</summary>
/// <param name="Today">The province date it was counted for.</param>
/// <param name="CountedAt">When it was counted.</param>
/// <param name="PastWeeks">The ISO weeks of this year before the current one, in order.</param>
/// <param name="TypicalDay">Mean received per hour over <paramref name="TypicalDays"/>.</param>
/// <param name="TypicalDays">The working days the typical day is the mean of.</param>
public sealed record UnitHistory(DateOnly Today, DateTimeOffset CountedAt, IReadOnlyList<WeekRates> PastWeeks,
    IReadOnlyList<double> TypicalDay, IReadOnlyList<DateOnly> TypicalDays);

/// <summary>
/// Counts <see cref="UnitHistory"/> once per unit and day for every wall: a year of weeks is one pass over the index per
/// week, too slow to repeat per circuit. Recounted after <see cref="RecountAfter"/>, so a backfill shows up without a
/// restart.
/// </summary>
public sealed class ChartHistory(FactsIndex index, Func<IWorkingCalendar> calendar)
{
    /// <summary>How long a counted history is used before it is counted again.</summary>
    public static readonly TimeSpan RecountAfter = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, UnitHistory> _byUnit = new(StringComparer.Ordinal);

    /// <summary>
    /// The unit's rates per ISO week of this year as of <paramref name="now"/>: the counted past weeks, then the current
    /// week from the figures every wall shares.
    /// </summary>
    public IReadOnlyList<WeekRates> WeeksOfYear(UnitFigures figures, CatalogSnapshot catalog, Unit unit, DateTimeOffset now)
    {
        var current = WeekRates.WeeksOfYear(ProvinceTime.DateOf(now))[^1];
        return [.. For(catalog, unit, now).PastWeeks,
            WeekRates.Of(current.Week, current.Period, figures.Of(catalog, unit, current.Period, FiguresAge.Recent).Figures)];
    }

    /// <summary>The unit's history as of <paramref name="now"/>: the stored one while it is of today and recent enough.</summary>
    public UnitHistory For(CatalogSnapshot catalog, Unit unit, DateTimeOffset now)
    {
        var today = ProvinceTime.DateOf(now);
        if (_byUnit.TryGetValue(unit.Code, out var stored) && stored.Today == today && now - stored.CountedAt < RecountAfter)
        {
            return stored;
        }
        var subtree = catalog.Subtree(unit.Code).ToHashSet(StringComparer.Ordinal);
        var days = HourlyReceipts.WorkingDaysBefore(today, calendar());
        var weeks = WeekRates.WeeksOfYear(today);
        var history = new UnitHistory(today, now,
            weeks.Take(weeks.Count - 1).Select(w => WeekRates.Count(index, catalog, unit, w.Week, w.Period, now)).ToList(),
            HourlyReceipts.TypicalDay(index, subtree, days), days);
        _byUnit[unit.Code] = history;
        return history;
    }
}
