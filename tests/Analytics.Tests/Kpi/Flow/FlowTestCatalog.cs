using IOC.Analytics.Catalog;
using IOC.Analytics.Tests.Dossiers;

namespace IOC.Analytics.Tests.Kpi.Flow;

/// <summary>A province root over the units of the generated histories, with the test procedures (both of field Hộ tịch).</summary>
internal static class FlowTestCatalog
{
    public const string Province = "000.00.00.H56";

    public static CatalogSnapshot Create() => new(
        [
            new Unit(Province, "Tỉnh", null, UnitLevel.Province, null),
            .. GeneratedHistories.Units.Select(code => new Unit(code, code, Province, UnitLevel.Department, null)),
        ],
        [TestCatalog.Find(TestCatalog.ThreeWorkingDays)!, TestCatalog.Find(TestCatalog.FiveDays)!]);
}
