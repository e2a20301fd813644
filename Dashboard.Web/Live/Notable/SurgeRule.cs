using IOC.Analytics.Catalog;
using IOC.Analytics.Storage;

namespace IOC.Dashboard.Live.Notable;

/// <summary>
/// A procedure surges when, in the hour up to now, it received at least <see cref="Minimum"/> dossiers and at least
/// <see cref="Factor"/> times its typical count: the average of the same clock hour on each of the previous
/// <see cref="Days"/> days (so the office-hours peak is compared with other office hours, the evening with evenings).
/// Judged only once that many days of receipts have been seen, and a procedure is reported at most once an hour.
/// </summary>
public sealed class SurgeRule
{
    /// <summary>How many times its typical count a procedure must receive.</summary>
    public const double Factor = 3;

    /// <summary>The fewest receipts in the hour that can make a surge (a handful over nothing is not one).</summary>
    public const int Minimum = 10;

    /// <summary>How many previous days make the typical count.</summary>
    public const int Days = 7;

    /// <summary>The span receipts are counted over.</summary>
    public static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly ReceiptHistory _history = new(TimeSpan.FromDays(Days) + Hour);
    private readonly Dictionary<string, DateTimeOffset> _reportedAt = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="lastHour"/> receipts against a <paramref name="typical"/> count make a surge.</summary>
    public static bool IsSurge(int lastHour, double typical) => lastHour >= Minimum && lastHour >= Factor * typical;

    /// <summary>Takes in the changed dossiers and returns the procedures they make surge.</summary>
    public IReadOnlyList<ProcedureSurge> Find(IReadOnlyList<DossierRow> rows, CatalogSnapshot catalog, DateTimeOffset now)
    {
        var touched = rows.Where(row => _history.Add(row, now) && row.ReceivedAt > now - Hour)
            .Select(row => row.ProcedureCode).Distinct(StringComparer.Ordinal).ToList();
        _history.Forget(now);
        foreach (var procedure in _reportedAt.Where(r => r.Value <= now - Hour).Select(r => r.Key).ToList())
        {
            _reportedAt.Remove(procedure);
        }
        if (_history.Earliest is not { } earliest || earliest > now - TimeSpan.FromDays(Days) - Hour)
        {
            return [];
        }
        var surges = new List<ProcedureSurge>();
        foreach (var procedure in touched.Where(p => !_reportedAt.ContainsKey(p)))
        {
            var lastHour = _history.Count(procedure, now - Hour, now);
            var typical = Typical(procedure, now);
            if (IsSurge(lastHour, typical))
            {
                _reportedAt[procedure] = now;
                surges.Add(new ProcedureSurge(now, procedure, catalog.Procedure(procedure)?.Name ?? procedure, lastHour, typical,
                    _history.Units(procedure, now - Hour, now)));
            }
        }
        return surges;
    }

    private double Typical(string procedure, DateTimeOffset now) =>
        Enumerable.Range(1, Days).Select(d => now - TimeSpan.FromDays(d)).Sum(end => _history.Count(procedure, end - Hour, end)) / (double)Days;
}
