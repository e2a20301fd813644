using System.Text.Json;
using IOC.Analytics.Catalog;

namespace IOC.Analytics.Tests.Catalog;

/// <summary>The demo province's catalogue (data/demo) is what the demo set-up loads: it must pass the same validation as the API.</summary>
public sealed class DemoProvinceTests
{
    private static readonly string[] RequiredFields =
    [
        "Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng", "Đầu tư", "Giáo dục và Đào tạo", "Y tế",
        "Lao động - Thương binh và Xã hội", "Tư pháp", "Đường bộ", "Thành lập và hoạt động doanh nghiệp",
        "Lý lịch tư pháp", "Môi trường", "Nuôi con nuôi", "Văn hóa", "Du lịch",
    ];

    private static readonly Lazy<IReadOnlyList<Unit>> Units = new(() => ReadAll("units.json", CatalogReader.ReadUnit));
    private static readonly Lazy<IReadOnlyList<Procedure>> Procedures = new(() => ReadAll("procedures.json", CatalogReader.ReadProcedure));

    [Fact]
    public void Units_EveryElement_IsValid() => Assert.NotEmpty(Units.Value);

    [Fact]
    public void Procedures_EveryElement_IsValid() => Assert.NotEmpty(Procedures.Value);

    [Fact]
    public void Units_Codes_AreUnique() => AssertUnique(Units.Value.Select(u => u.Code));

    [Fact]
    public void Procedures_Codes_AreUniqueAndInTheNationalFormat()
    {
        AssertUnique(Procedures.Value.Select(p => p.Code));
        Assert.All(Procedures.Value, p => Assert.Matches(@"^[123]\.0\d{5}$", p.Code));
    }

    [Fact]
    public void Units_Root_IsTheOnlyProvinceUnitAndComesFirst()
    {
        var roots = Units.Value.Where(u => u.ParentCode is null).ToList();

        var root = Assert.Single(roots);
        Assert.Equal(UnitLevel.Province, root.Level);
        Assert.Single(Units.Value, u => u.Level == UnitLevel.Province);
        Assert.Same(root, Units.Value[0]);
    }

    [Fact]
    public void Units_ParentCode_ExistsEarlierInTheFile()
    {
        var seen = new HashSet<string>();
        foreach (var unit in Units.Value)
        {
            if (unit.ParentCode is not null)
            {
                Assert.True(seen.Contains(unit.ParentCode), $"{unit.Code}: parent {unit.ParentCode} is not an earlier unit");
            }
            seen.Add(unit.Code);
        }
    }

    [Fact]
    public void Units_Counts_FitAPostReformProvince()
    {
        Assert.InRange(Units.Value.Count(u => u.Level == UnitLevel.Department), 15, 25);
        Assert.True(Units.Value.Count(u => u.Level == UnitLevel.Commune) >= 90, "at least 90 communes, wards and special zones");
    }

    [Fact]
    public void Procedures_Count_IsAtLeast200() => Assert.True(Procedures.Value.Count >= 200, $"{Procedures.Value.Count} procedures");

    [Fact]
    public void Procedures_UnitCodes_ExistAndMatchTheProcedureLevel()
    {
        var levels = Units.Value.ToDictionary(u => u.Code, u => u.Level);
        Assert.All(Procedures.Value, p =>
        {
            Assert.NotEmpty(p.UnitCodes);
            foreach (var code in p.UnitCodes)
            {
                Assert.True(levels.TryGetValue(code, out var level), $"{p.Code}: unknown unit {code}");
                Assert.Equal(p.Level == UnitLevel.Commune ? UnitLevel.Commune : UnitLevel.Department, level);
            }
        });
    }

    [Fact]
    public void Departments_EachPerformsAProcedure()
    {
        var performers = Procedures.Value.SelectMany(p => p.UnitCodes).ToHashSet();
        Assert.All(Units.Value.Where(u => u.Level == UnitLevel.Department), d => Assert.Contains(d.Code, performers));
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Procedures_RequiredField_HasProcedures(string field) => Assert.Contains(Procedures.Value, p => p.Field == field);

    [Fact]
    public void Procedures_OnlineLevels_AreAMix()
    {
        var total = (double)Procedures.Value.Count;
        double Share(string level) => Procedures.Value.Count(p => p.OnlineLevel == level) / total;

        Assert.InRange(Share(OnlineLevel.Full), 0.30, 0.50);
        Assert.InRange(Share(OnlineLevel.Partial), 0.30, 0.50);
        Assert.InRange(Share(OnlineLevel.None), 0.05, 0.35);
    }

    [Fact]
    public void Procedures_FullOnline_IsAlwaysEligible() =>
        Assert.All(Procedures.Value.Where(p => p.OnlineLevel == OnlineLevel.Full), p => Assert.True(p.FullOnlineEligible, p.Code));

    [Fact]
    public void Procedures_DeadlineUnits_AreAllUsed() =>
        Assert.Equal(DeadlineUnit.All.Order(), Procedures.Value.Select(p => p.Deadline.Unit).Distinct().Order());

    public static TheoryData<string> Fields() => new(RequiredFields);

    private static void AssertUnique(IEnumerable<string> codes)
    {
        var duplicates = codes.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "duplicate codes: " + string.Join(", ", duplicates));
    }

    private delegate T? Reader<out T>(JsonElement element, out IReadOnlyList<string> errors);

    private static IReadOnlyList<T> ReadAll<T>(string file, Reader<T> read) where T : class
    {
        var path = Path.Combine(IOC.Testing.RepositoryRoot.Path, "data", "demo", file);
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        var items = new List<T>();
        var problems = new List<string>();
        var index = 0;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            var item = read(element, out var errors);
            if (item is null)
            {
                problems.Add($"{file}[{index}]: {string.Join("; ", errors)}");
            }
            else
            {
                items.Add(item);
            }
            index++;
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        return items;
    }
}
