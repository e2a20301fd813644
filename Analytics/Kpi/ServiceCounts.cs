using IOC.Analytics.Catalog;

namespace IOC.Analytics.Kpi;

/// <summary>
/// Service counts (DOMAIN.md §5): procedures a unit subtree offers, by online level, and those offered online that
/// received at least one online dossier in the period ("DVCTT có phát sinh hồ sơ").
/// </summary>
public sealed record ServiceCounts(int Procedures, int OnlineFull, int OnlinePartial, int WithOnlineDossiers)
{
    /// <summary>Procedures offered online with ≥ 1 online dossier / procedures offered online; null when none is offered.</summary>
    public double? WithOnlineDossiersRatio => OnlineFull + OnlinePartial == 0 ? null : (double)WithOnlineDossiers / (OnlineFull + OnlinePartial);

    /// <summary>
    /// Counts for a subtree: at the province's root every procedure of the catalogue; below it, the procedures whose
    /// catalogue entry lists a unit of the subtree among those that perform it.
    /// </summary>
    public static ServiceCounts For(CatalogSnapshot catalog, Unit root, IReadOnlyCollection<string> subtree, IReadOnlySet<string> withOnlineDossiers)
    {
        var offered = Offered(catalog, root, subtree);
        var online = offered.Where(p => p.OnlineLevel != OnlineLevel.None).ToList();
        return new ServiceCounts(
            offered.Count,
            online.Count(p => p.OnlineLevel == OnlineLevel.Full),
            online.Count(p => p.OnlineLevel == OnlineLevel.Partial),
            online.Count(p => withOnlineDossiers.Contains(p.Code)));
    }

    /// <summary>
    /// The procedures a subtree offers: at the province's root every procedure of the catalogue; below it, those whose
    /// catalogue entry lists a unit of the subtree among those that perform it.
    /// </summary>
    public static IReadOnlyCollection<Procedure> Offered(CatalogSnapshot catalog, Unit root, IReadOnlyCollection<string> subtree)
    {
        var units = subtree as IReadOnlySet<string> ?? subtree.ToHashSet(StringComparer.Ordinal);
        return root.Level == UnitLevel.Province
            ? catalog.Procedures
            : catalog.Procedures.Where(p => p.UnitCodes.Any(units.Contains)).ToList();
    }
}
