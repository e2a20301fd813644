using System.Text.Json;
using IOC.Analytics.Catalog;
using IOC.Testing;

namespace IOC.Ingestion.Tests.Simulator;

/// <summary>The test catalogue as the generator and the validator see it, read by the same reader the API uses.</summary>
internal static class TestCatalogModel
{
    public static IReadOnlyList<Unit> Units { get; } = Read(TestCatalog.Units(), e => CatalogReader.ReadUnit(e, out _));

    public static IReadOnlyList<Procedure> Procedures { get; } = Read(TestCatalog.Procedures(), e => CatalogReader.ReadProcedure(e, out _));

    public static CatalogSnapshot Snapshot { get; } = new(Units, Procedures);

    private static IReadOnlyList<T> Read<T>(object[] entries, Func<JsonElement, T?> read) where T : class =>
        entries.Select(e => read(JsonSerializer.SerializeToElement(e)) ?? throw new InvalidOperationException("invalid test catalogue")).ToList();
}
