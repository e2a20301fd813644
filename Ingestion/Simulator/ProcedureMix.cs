using IOC.Analytics.Catalog;

namespace IOC.Ingestion.Simulator;

/// <summary>
/// Which procedures citizens ask for, at which units and through which channel: a few procedures draw most dossiers
/// (Zipf over a seeded ranking), communes take most of the traffic, and online shares are calibrated so the whole
/// province lands near <see cref="TrafficFigures.OnlineShare"/>.
/// </summary>
internal sealed class ProcedureMix
{
    private readonly WeightedChoice<ServedProcedure> _any;
    private readonly WeightedChoice<ServedProcedure> _online;

    public ProcedureMix(IReadOnlyCollection<Unit> units, IReadOnlyCollection<Procedure> procedures, Random random)
    {
        var ordered = units.OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        // Communes and departments differ in size; a unit's size scales every procedure it performs.
        var size = ordered.ToDictionary(u => u.Code, _ => Math.Exp(0.5 * Gaussian.Next(random)), StringComparer.Ordinal);
        var performed = procedures.OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => (Procedure: p, Units: Performers(p, ordered)))
            .Where(p => p.Units.Count > 0)
            .ToList();
        var popularity = Popularity(performed.Select(p => p.Procedure).ToList(), random);
        var factor = OnlineFactor(performed.Select(p => (p.Procedure.OnlineLevel, popularity[p.Procedure.Code])).ToList());
        var served = performed.Select(p =>
        {
            var online = ServedProcedure.OnlineShareAt(p.Procedure.OnlineLevel, factor);
            var choice = new WeightedChoice<Unit>(p.Units.Select(u => (u, size[u.Code])));
            return (Served: new ServedProcedure(p.Procedure, choice, online, Math.Min(TrafficFigures.PostalShare, 1 - online)),
                Weight: popularity[p.Procedure.Code]);
        }).ToList();
        _any = new WeightedChoice<ServedProcedure>(served);
        _online = new WeightedChoice<ServedProcedure>(served.Where(s => s.Served.OffersOnline));
    }

    public bool IsEmpty => _any.IsEmpty;

    public bool OffersOnline => !_online.IsEmpty;

    /// <summary>A procedure asked for; only online services when the desk is closed.</summary>
    public ServedProcedure Draw(Random random, bool onlineOnly) => (onlineOnly ? _online : _any).Draw(random);

    // The procedure's unitCodes when it names known units, else every unit of the matching level.
    private static List<Unit> Performers(Procedure procedure, IReadOnlyList<Unit> units)
    {
        var named = units.Where(u => procedure.UnitCodes.Contains(u.Code, StringComparer.Ordinal)).ToList();
        if (named.Count > 0)
        {
            return named;
        }
        var level = procedure.Level == UnitLevel.Commune ? UnitLevel.Commune : UnitLevel.Department;
        return units.Where(u => u.Level == level).ToList();
    }

    private static Dictionary<string, double> Popularity(IReadOnlyList<Procedure> procedures, Random random)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var levels = procedures.GroupBy(p => p.Level).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        foreach (var level in levels)
        {
            var share = levels.Count == 1 ? 1 : level.Key == UnitLevel.Commune ? TrafficFigures.CommuneShare : 1 - TrafficFigures.CommuneShare;
            var ranked = level.ToArray();
            random.Shuffle(ranked);
            var harmonic = Enumerable.Range(1, ranked.Length).Sum(rank => 1.0 / rank);
            for (var rank = 0; rank < ranked.Length; rank++)
            {
                weights[ranked[rank].Code] = share / harmonic / (rank + 1);
            }
        }
        return weights;
    }

    // The online shares grow with one factor; bisection finds the factor that gives the province its target share.
    private static double OnlineFactor(IReadOnlyList<(string OnlineLevel, double Weight)> procedures)
    {
        double ShareAt(double factor) =>
            procedures.Sum(p => p.Weight * ServedProcedure.OnlineShareAt(p.OnlineLevel, factor)) / procedures.Sum(p => p.Weight);
        if (procedures.Count == 0 || ShareAt(1) <= TrafficFigures.OnlineShare)
        {
            return 1;
        }
        var (low, high) = (0.0, 1.0);
        for (var step = 0; step < 40; step++)
        {
            var middle = (low + high) / 2;
            (low, high) = ShareAt(middle) < TrafficFigures.OnlineShare ? (middle, high) : (low, middle);
        }
        return (low + high) / 2;
    }
}
