namespace IOC.Analytics.Catalog;

/// <summary>Where a unit sits in the two-level local government since 1 July 2025.</summary>
public static class UnitLevel
{
    /// <summary>The province's root unit (UBND tỉnh).</summary>
    public const string Province = "province";

    /// <summary>A department (sở, ban, ngành).</summary>
    public const string Department = "department";

    /// <summary>A commune, ward or special zone (xã, phường, đặc khu).</summary>
    public const string Commune = "commune";

    /// <summary>Every level.</summary>
    public static readonly IReadOnlyCollection<string> All = [Province, Department, Commune];
}

/// <summary>A unit (đơn vị) of the province: code in the national format, name, parent and level.</summary>
public sealed record Unit(string Code, string Name, string? ParentCode, string Level, string? Type);
