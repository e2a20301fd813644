using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Dashboard.Charts;

namespace IOC.Dashboard.Figures;

/// <summary>
/// Counts the answers to questions of one catalogue and period in as few passes over the index as their kinds allow: one
/// for the figures of every unit and child unit asked, one for the hours of every unit asked, one per drill-down by field.
/// </summary>
internal static class FiguresCounter
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    /// <summary>The answer to each key, in order, evaluated at <paramref name="at"/>.</summary>
    public static IReadOnlyList<object> Count(FactsIndex index, IReadOnlyList<FiguresKey> keys, DateTimeOffset at)
    {
        var catalog = keys[0].Catalog;
        var period = keys[0].Period;
        var answers = new object[keys.Count];
        var units = keys.SelectMany(UnitsCounted).DistinctBy(unit => unit.Code).ToList();
        var byUnit = units.Count == 0
            ? new Dictionary<string, UnitKpi>(StringComparer.Ordinal)
            : KpiQuery.ForUnits(index, catalog, units, period, at).ToDictionary(kpi => kpi.Unit.Code, StringComparer.Ordinal);
        var hourly = Enumerable.Range(0, keys.Count).Where(i => keys[i].Kind == FiguresKind.Hours).ToList();
        if (hourly.Count > 0)
        {
            var counts = index.ReceivedPerBucket(
                hourly.Select(i => (IReadOnlyCollection<string>)catalog.Subtree(keys[i].Unit.Code).ToHashSet(StringComparer.Ordinal)).ToList(),
                period.Start, Hour, (period.To.DayNumber - period.From.DayNumber + 1) * HourlyReceipts.Hours);
            for (var j = 0; j < hourly.Count; j++)
            {
                answers[hourly[j]] = Array.AsReadOnly(counts[j]);
            }
        }
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            answers[i] = key.Kind switch
            {
                FiguresKind.Unit => byUnit[key.Unit.Code],
                FiguresKind.Children => catalog.Children(key.Unit.Code).Select(child => byUnit[child.Code]).ToList(),
                FiguresKind.Fields => FieldKpi.For(index, catalog, key.Unit, period, at),
                _ => answers[i],
            };
        }
        return answers;
    }

    // The units whose subtrees the pass counts for the key.
    private static IEnumerable<Unit> UnitsCounted(FiguresKey key) => key.Kind switch
    {
        FiguresKind.Unit => [key.Unit],
        FiguresKind.Children => key.Catalog.Children(key.Unit.Code),
        _ => [],
    };
}
