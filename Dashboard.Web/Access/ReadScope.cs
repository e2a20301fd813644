using System.Security.Claims;
using IOC.Analytics.Access;
using IOC.Analytics.Catalog;

namespace IOC.Dashboard.Access;

/// <summary>What a caller may read: the whole province (<see cref="RootUnit"/> null) or one unit's subtree.</summary>
public sealed record ReadScope(string? RootUnit)
{
    /// <summary>The whole province.</summary>
    public static readonly ReadScope Province = new((string?)null);

    /// <summary>
    /// The scope of an authenticated reader (a read key or a kiosk screen), or null for a caller who may read nothing
    /// (anonymous, the ingestion service).
    /// </summary>
    public static ReadScope? Of(ClaimsPrincipal user) =>
        user.Has(AccessPurpose.Read) || user.Has(AccessPurpose.Kiosk) ? new ReadScope(user.FindFirst(CallerClaims.RootUnit)?.Value) : null;

    /// <summary>True when the caller may read the unit.</summary>
    public bool Allows(CatalogSnapshot catalog, string unitCode) =>
        RootUnit is null || unitCode == RootUnit || catalog.Ancestors(unitCode).Contains(RootUnit);
}
