using IOC.Analytics.Catalog;

namespace IOC.Ingestion.Simulator;

/// <summary>
/// Which procedures citizens ask for, at which units and through which channel: each procedure in proportion to its
/// yearly volume (<see cref="ProcedureVolumes"/>, varied a little per seed so that procedures of one class do not tie),
/// and online shares calibrated so the whole province lands near <see cref="TrafficFigures.OnlineShare"/>.
/// </summary>
internal sealed class ProcedureMix
{
    // How much procedures of one volume class differ (log-normal σ): about ±30%.
    private const double Spread = 0.3;

    private readonly WeightedChoice<ServedProcedure> _any;
    private readonly WeightedChoice<ServedProcedure> _online;

    public ProcedureMix(IReadOnlyCollection<Unit> units, IReadOnlyCollection<Procedure> procedures, ProcedureVolumes volumes, Random random)
    {
        var ordered = units.OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        // Communes and departments differ in size; a unit's size scales every procedure it performs.
        var size = ordered.ToDictionary(u => u.Code, _ => Math.Exp(0.5 * Gaussian.Next(random)), StringComparer.Ordinal);
        var performed = procedures.OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => (Procedure: p, Units: Performers(p, ordered)))
            .Where(p => p.Units.Count > 0)
            .ToList();
        var popularity = performed.ToDictionary(p => p.Procedure.Code, p => volumes.PerYear(p.Procedure) * Math.Exp(Spread * Gaussian.Next(random)),
            StringComparer.Ordinal);
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
