using System.Text.Json;
using IOC.Analytics.Catalog;
using IOC.Testing;
using Npgsql;

namespace IOC.Bench;

/// <summary>The demo province of data/demo, and who performs what, so generated dossiers name real pairs.</summary>
public sealed class DemoCatalog
{
    // About a third of a province's dossiers go to its departments, the rest to the communes' one-stop desks.
    private const double CommuneShare = 0.65;

    private readonly (Procedure Procedure, string Unit)[] _commune;
    private readonly (Procedure Procedure, string Unit)[] _province;

    private DemoCatalog(byte[] units, byte[] procedures)
    {
        UnitsJson = units;
        ProceduresJson = procedures;
        Units = Elements(units).Select(e => CatalogReader.ReadUnit(e, out _)!).ToList();
        var levels = Units.ToDictionary(u => u.Code, u => u.Level);
        var pairs = Elements(procedures).Select(e => CatalogReader.ReadProcedure(e, out _)!)
            .SelectMany(p => p.UnitCodes.Select(u => (Procedure: p, Unit: u))).ToList();
        _commune = pairs.Where(p => levels[p.Unit] == UnitLevel.Commune).ToArray();
        _province = pairs.Where(p => levels[p.Unit] != UnitLevel.Commune).ToArray();
        BusiestDepartment = _province.Where(p => levels[p.Unit] == UnitLevel.Department).GroupBy(p => p.Unit)
            .MaxBy(g => g.Count())!.Key;
    }

    public byte[] UnitsJson { get; }

    public byte[] ProceduresJson { get; }

    public IReadOnlyList<Unit> Units { get; }

    public string Root => Units.Single(u => u.ParentCode is null).Code;

    /// <summary>The department with the most procedures: the drill-down a director opens.</summary>
    public string BusiestDepartment { get; }

    public static DemoCatalog Load() => new(Read("units.json"), Read("procedures.json"));

    /// <summary>A procedure and a unit that performs it, communes weighted as in a real province.</summary>
    public (Procedure Procedure, string Unit) Pick(Random random)
    {
        var pool = random.NextDouble() < CommuneShare ? _commune : _province;
        return pool[random.Next(pool.Length)];
    }

    /// <summary>Loads the catalogue straight into a database, as Ingestion's catalogue API would.</summary>
    public async Task UpsertAsync(NpgsqlDataSource dataSource)
    {
        var store = new CatalogStore(dataSource);
        await store.UpsertUnitsAsync(Elements(UnitsJson), CancellationToken.None);
        await store.UpsertProceduresAsync(Elements(ProceduresJson), CancellationToken.None);
    }

    private static byte[] Read(string file) => File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "data", "demo", file));

    private static List<JsonElement> Elements(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
