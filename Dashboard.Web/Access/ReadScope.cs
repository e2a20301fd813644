using IOC.Analytics.Catalog;

namespace IOC.Dashboard.Access;

/// <summary>What a caller may read: the whole province (<see cref="RootUnit"/> null) or one unit's subtree.</summary>
public sealed record ReadScope(string? RootUnit)
{
    /// <summary>The whole province.</summary>
    public static readonly ReadScope Province = new((string?)null);

    /// <summary>True when the caller may read the unit.</summary>
    public bool Allows(CatalogSnapshot catalog, string unitCode) =>
        RootUnit is null || unitCode == RootUnit || catalog.Ancestors(unitCode).Contains(RootUnit);
}
