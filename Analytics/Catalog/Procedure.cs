namespace IOC.Analytics.Catalog;

/// <summary>The unit a procedure's deadline is counted in.</summary>
public static class DeadlineUnit
{
    /// <summary>N × 8 working hours.</summary>
    public const string WorkingDays = "working_days";

    /// <summary>Calendar days, moved to the next working day when the last one is off.</summary>
    public const string Days = "days";

    /// <summary>Working hours.</summary>
    public const string Hours = "hours";

    /// <summary>Every deadline unit.</summary>
    public static readonly IReadOnlyCollection<string> All = [WorkingDays, Days, Hours];
}

/// <summary>Online-service level under Nghị định 42/2022: toàn trình, một phần, or none.</summary>
public static class OnlineLevel
{
    /// <summary>Dịch vụ công trực tuyến toàn trình.</summary>
    public const string Full = "full";

    /// <summary>Dịch vụ công trực tuyến một phần.</summary>
    public const string Partial = "partial";

    /// <summary>Not offered online.</summary>
    public const string None = "none";

    /// <summary>Every level.</summary>
    public static readonly IReadOnlyCollection<string> All = [Full, Partial, None];
}

/// <summary>A procedure's statutory deadline (thời hạn giải quyết).</summary>
public sealed record Deadline(decimal Value, string Unit);

/// <summary>An administrative procedure (thủ tục hành chính) from the national TTHC database.</summary>
public sealed record Procedure(
    string Code,
    string Name,
    string Field,
    string Level,
    Deadline Deadline,
    string OnlineLevel,
    bool FullOnlineEligible,
    bool HasFee,
    IReadOnlyList<string> UnitCodes);
