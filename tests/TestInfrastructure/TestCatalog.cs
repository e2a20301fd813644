namespace IOC.Testing;

/// <summary>A tiny province for tests: a root, two departments, two communes and four procedures.</summary>
public static class TestCatalog
{
    public const string Province = "000.00.00.T01";
    public const string Justice = "000.00.01.T01";
    public const string Construction = "000.00.02.T01";
    public const string CommuneA = "000.01.01.T01";
    public const string CommuneB = "000.01.02.T01";

    /// <summary>Khai sinh: commune level, 1 working day, full online, no fee.</summary>
    public const string BirthRegistration = "9.000101";

    /// <summary>Chứng thực: commune level, 4 hours, partial online, fee.</summary>
    public const string Certification = "9.000102";

    /// <summary>Giấy phép xây dựng: province level, 15 working days, partial online, fee.</summary>
    public const string BuildingPermit = "9.000201";

    /// <summary>Lý lịch tư pháp: province level, 10 days, full online, fee.</summary>
    public const string CriminalRecord = "9.000202";

    public static object[] Units() =>
    [
        new { code = Province, name = "Tỉnh Thử nghiệm", parentCode = (string?)null, level = "province" },
        new { code = Justice, name = "Sở Tư pháp", parentCode = Province, level = "department" },
        new { code = Construction, name = "Sở Xây dựng", parentCode = Province, level = "department" },
        new { code = CommuneA, name = "Xã Hòa Bình", parentCode = Province, level = "commune" },
        new { code = CommuneB, name = "Phường Tân Lập", parentCode = Province, level = "commune" },
    ];

    public static object[] Procedures() =>
    [
        Procedure(BirthRegistration, "Đăng ký khai sinh", "Hộ tịch", "commune", 1, "working_days", "full", hasFee: false, CommuneA, CommuneB),
        Procedure(Certification, "Chứng thực bản sao từ bản chính", "Chứng thực", "commune", 4, "hours", "partial", hasFee: true, CommuneA, CommuneB),
        Procedure(BuildingPermit, "Cấp giấy phép xây dựng", "Xây dựng", "province", 15, "working_days", "partial", hasFee: true, Construction),
        Procedure(CriminalRecord, "Cấp Phiếu lý lịch tư pháp", "Lý lịch tư pháp", "province", 10, "days", "full", hasFee: true, Justice),
    ];

    private static object Procedure(string code, string name, string field, string level, decimal deadline, string unit, string online,
        bool hasFee, params string[] unitCodes) => new
    {
        code,
        name,
        field,
        level,
        deadline = new { value = deadline, unit },
        onlineLevel = online,
        fullOnlineEligible = online == "full",
        hasFee,
        unitCodes,
    };
}
