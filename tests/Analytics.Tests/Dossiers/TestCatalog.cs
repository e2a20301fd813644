using IOC.Analytics.Catalog;

namespace IOC.Analytics.Tests.Dossiers;

/// <summary>A tiny procedure catalogue for tests.</summary>
internal static class TestCatalog
{
    /// <summary>3 working days, carries a fee.</summary>
    public const string ThreeWorkingDays = "1.000001";

    /// <summary>5 calendar days, free.</summary>
    public const string FiveDays = "2.000002";

    /// <summary>Not in the catalogue.</summary>
    public const string Unknown = "9.999999";

    private static readonly Dictionary<string, Procedure> Procedures = new()
    {
        [ThreeWorkingDays] = new Procedure(ThreeWorkingDays, "Cấp bản sao", "Hộ tịch", "province",
            new Deadline(3, DeadlineUnit.WorkingDays), OnlineLevel.Full, true, true, []),
        [FiveDays] = new Procedure(FiveDays, "Đăng ký khai sinh", "Hộ tịch", "commune",
            new Deadline(5, DeadlineUnit.Days), OnlineLevel.Partial, false, false, []),
    };

    public static Procedure? Find(string code) => Procedures.GetValueOrDefault(code);
}
