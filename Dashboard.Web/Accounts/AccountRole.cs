namespace IOC.Dashboard.Accounts;

/// <summary>What a signed-in person is: a province's leader, a unit's head, or a province's administrator.</summary>
public static class AccountRole
{
    /// <summary>Lãnh đạo: the province from its root unit.</summary>
    public const string Leader = "leader";

    /// <summary>Thủ trưởng: one unit and its subtree.</summary>
    public const string Head = "head";

    /// <summary>Quản trị: the province's catalogue, calendar, targets, users and keys.</summary>
    public const string Admin = "admin";

    /// <summary>Every role, as the <c>--role</c> option names them.</summary>
    public static IReadOnlyList<string> All { get; } = [Leader, Head, Admin];

    /// <summary>True for one of <see cref="All"/>.</summary>
    public static bool IsKnown(string? role) => role is not null && All.Contains(role);
}
