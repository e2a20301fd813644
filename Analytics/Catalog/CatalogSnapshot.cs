namespace IOC.Analytics.Catalog;

/// <summary>An immutable in-memory view of the catalogues, for validation and KPI queries.</summary>
public sealed class CatalogSnapshot
{
    private readonly Dictionary<string, Unit> _units;
    private readonly Dictionary<string, Procedure> _procedures;
    private readonly Dictionary<string, List<Unit>> _children;

    /// <summary>Builds the view from the full catalogues.</summary>
    public CatalogSnapshot(IEnumerable<Unit> units, IEnumerable<Procedure> procedures)
    {
        _units = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        _procedures = procedures.ToDictionary(p => p.Code, StringComparer.Ordinal);
        _children = _units.Values.Where(u => u.ParentCode is not null)
            .GroupBy(u => u.ParentCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(u => u.Code, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }

    /// <summary>
    /// True when both hold the same units and procedures: what was counted against one stands for the other, so a reload
    /// that found nothing new keeps the snapshot it had (<see cref="CatalogCache"/>).
    /// </summary>
    public bool HasSameContent(CatalogSnapshot other) =>
        ReferenceEquals(this, other)
        || (_units.Count == other._units.Count && _procedures.Count == other._procedures.Count
            && _units.All(u => other._units.TryGetValue(u.Key, out var unit) && unit == u.Value)
            && _procedures.All(p => other._procedures.TryGetValue(p.Key, out var procedure) && SameProcedure(p.Value, procedure)));

    /// <summary>An empty catalogue.</summary>
    public static CatalogSnapshot Empty { get; } = new([], []);

    /// <summary>Every unit.</summary>
    public IReadOnlyCollection<Unit> Units => _units.Values;

    /// <summary>Every procedure.</summary>
    public IReadOnlyCollection<Procedure> Procedures => _procedures.Values;

    /// <summary>The unit with that code, or null.</summary>
    public Unit? Unit(string code) => _units.GetValueOrDefault(code);

    /// <summary>The procedure with that code, or null.</summary>
    public Procedure? Procedure(string code) => _procedures.GetValueOrDefault(code);

    /// <summary>The direct children of a unit.</summary>
    public IReadOnlyList<Unit> Children(string code) => _children.TryGetValue(code, out var children) ? children : [];

    /// <summary>The unit and every unit below it.</summary>
    public IReadOnlyList<string> Subtree(string code)
    {
        var result = new List<string>();
        var pending = new Stack<string>();
        pending.Push(code);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!_units.ContainsKey(current))
            {
                continue;
            }
            result.Add(current);
            foreach (var child in Children(current))
            {
                pending.Push(child.Code);
            }
        }
        return result;
    }

    /// <summary>The unit's ancestors, nearest first (the province root last).</summary>
    public IReadOnlyList<string> Ancestors(string code)
    {
        var result = new List<string>();
        var current = Unit(code)?.ParentCode;
        while (current is not null && result.Count < 16)
        {
            result.Add(current);
            current = Unit(current)?.ParentCode;
        }
        return result;
    }

    // A record compares its list of units by reference; compare it by content.
    private static bool SameProcedure(Procedure one, Procedure other) =>
        one with { UnitCodes = other.UnitCodes } == other && one.UnitCodes.SequenceEqual(other.UnitCodes, StringComparer.Ordinal);
}
