using IOC.Analytics.Catalog;
using IOC.Dashboard.Kiosk;
using Microsoft.AspNetCore.Authorization;

namespace IOC.Dashboard.Access;

/// <summary>
/// Judges <see cref="ReadScopeRequirement"/>: against a unit code (a hub subscription) or against the units a request
/// names in its query (<c>unit</c>, <c>parent</c>, <c>rotate</c>: the API and the wall) and its path (<c>{unitCode}</c>:
/// the pages).
/// </summary>
public sealed class ReadScopeHandler(CatalogCache catalog, KioskSettings kiosk) : AuthorizationHandler<ReadScopeRequirement>
{
    private static readonly string[] UnitParameters = ["unit", "parent", "rotate"];

    /// <summary>The route value naming the unit of a page (<c>/units/{unitCode}</c>).</summary>
    public const string RouteUnit = "unitCode";

    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ReadScopeRequirement requirement)
    {
        // An open wall is open to whoever reaches it, whatever they carry; a closed wall that names no unit is the province's.
        var scope = requirement.IsWall && !kiosk.WallRequiresToken ? ReadScope.Province : ReadScope.Of(context.User);
        var units = NamedUnits(context.Resource).ToList();
        if (requirement.IsWall && units.Count == 0)
        {
            units = catalog.Current.Units.Where(unit => unit.ParentCode is null).Select(unit => unit.Code).ToList();
        }
        if (scope is not null && units.All(unit => scope.Allows(catalog.Current, unit)))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }

    private static IEnumerable<string> NamedUnits(object? resource) => resource switch
    {
        string unitCode => [unitCode],
        HttpContext http => UnitParameters
            .SelectMany(name => http.Request.Query[name])
            .SelectMany(value => (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Concat(http.Request.RouteValues.TryGetValue(RouteUnit, out var routed) && routed is string code ? [code] : []),
        _ => [],
    };
}
