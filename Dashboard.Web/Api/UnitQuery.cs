using IOC.Analytics.Catalog;

namespace IOC.Dashboard.Api;

/// <summary>Reads the unit a request names (<c>unit</c> or <c>parent</c>) against the catalogue.</summary>
public static class UnitQuery
{
    /// <summary>
    /// The unit and the catalogue it was found in, or a 400 (no unit named) or 404 (not in the catalogue, even after
    /// reloading it) problem. Whether the caller may read the unit is judged before the endpoint runs, by the read policy
    /// (AccessPolicies).
    /// </summary>
    public static async Task<(Unit? Unit, CatalogSnapshot Catalog, IResult? Problem)> ResolveAsync(string? code,
        CatalogCache catalog, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.FreshEnoughAsync(missed: false, cancellationToken);
        if (string.IsNullOrWhiteSpace(code))
        {
            return (null, snapshot, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Missing unit",
                detail: "Name the unit (its code) whose figures you want."));
        }
        var unit = snapshot.Unit(code) ?? (snapshot = await catalog.FreshEnoughAsync(missed: true, cancellationToken)).Unit(code);
        if (unit is null)
        {
            return (null, snapshot, Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown unit",
                detail: $"No unit '{code}' in the catalogue."));
        }
        return (unit, snapshot, null);
    }
}
