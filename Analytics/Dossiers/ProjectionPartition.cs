using IOC.Analytics.Catalog;

namespace IOC.Analytics.Dossiers;

/// <summary>
/// The share of the province one projection worker owns: the subtrees of some units, with its own checkpoint. The
/// whole province is one partition; several workers (e.g. each behind a message-broker partition) can each own one.
/// Re-folding is deterministic, so a dossier whose events name units of two partitions comes out the same from both.
/// </summary>
public sealed record ProjectionPartition(string Name, IReadOnlyList<string> Roots)
{
    /// <summary>The whole province, checkpoint <c>dossier</c>.</summary>
    public static readonly ProjectionPartition Province = new("dossier", []);

    /// <summary>The partition of the given subtree roots; the whole province when there are none.</summary>
    public static ProjectionPartition Of(IReadOnlyCollection<string> roots) =>
        roots.Count == 0 ? Province : new("dossier:" + string.Join(',', roots.Order(StringComparer.Ordinal)), roots.ToList());

    /// <summary>True when events of the unit are this partition's to project.</summary>
    public bool Owns(CatalogSnapshot catalog, string unitCode) =>
        Roots.Count == 0 || Roots.Contains(unitCode) || catalog.Ancestors(unitCode).Any(Roots.Contains);
}
