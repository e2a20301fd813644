using IOC.Analytics.Catalog;

namespace IOC.Analytics.Tests.Catalog;

public sealed class CatalogSnapshotTests
{
    private static readonly Unit Province = new("P", "Tỉnh", null, UnitLevel.Province, null);
    private static readonly Unit Commune = new("P.X1", "Xã Một", "P", UnitLevel.Commune, null);

    [Fact]
    public void HasSameContent_LoadedAgainUnchanged_True() =>
        Assert.True(Snapshot(Procedure(["P.X1"])).HasSameContent(Snapshot(Procedure(["P.X1"]))));

    [Fact]
    public void HasSameContent_ProcedurePerformedByAnotherUnit_False() =>
        Assert.False(Snapshot(Procedure(["P.X1"])).HasSameContent(Snapshot(Procedure(["P"]))));

    [Fact]
    public void HasSameContent_UnitRenamed_False() =>
        Assert.False(Snapshot(Procedure(["P.X1"])).HasSameContent(
            new CatalogSnapshot([Province, Commune with { Name = "Phường Một" }], [Procedure(["P.X1"])])));

    private static CatalogSnapshot Snapshot(Procedure procedure) => new([Province, Commune], [procedure]);

    // A new list each time, as every reload reads one.
    private static Procedure Procedure(IEnumerable<string> units) => new("1.000001", "Khai sinh", "Hộ tịch", "commune",
        new Deadline(3, DeadlineUnit.WorkingDays), OnlineLevel.Full, true, false, units.ToList());
}
