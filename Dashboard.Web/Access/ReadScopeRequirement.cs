using Microsoft.AspNetCore.Authorization;

namespace IOC.Dashboard.Access;

/// <summary>
/// The rule of every read (API, hub subscription, wall, pages): the caller has a <see cref="ReadScope"/> and the units it
/// names lie inside it. The wall's variant also admits anonymous callers while the wall is open
/// (<c>IOC_WALL_REQUIRE_TOKEN</c> off).
/// </summary>
public sealed class ReadScopeRequirement : IAuthorizationRequirement
{
    private ReadScopeRequirement(bool isWall) => IsWall = isWall;

    /// <summary>Readers of the API and the hub.</summary>
    public static ReadScopeRequirement Reader { get; } = new(isWall: false);

    /// <summary>People on the drill-down pages.</summary>
    public static ReadScopeRequirement Page { get; } = new(isWall: false);

    /// <summary>Viewers of the wall.</summary>
    public static ReadScopeRequirement Wall { get; } = new(isWall: true);

    /// <summary>True for the wall's variant.</summary>
    public bool IsWall { get; }
}
