using System.Text.Json;
using IOC.Testing;

namespace IOC.Ingestion.Tests.Simulator;

/// <summary>A temporary folder shaped like <c>data/demo</c>, holding the test catalogue.</summary>
internal static class TestDemoFolder
{
    public static string Create()
    {
        var folder = Directory.CreateTempSubdirectory("ioc-demo-").FullName;
        File.WriteAllText(Path.Combine(folder, "units.json"), JsonSerializer.Serialize(TestCatalog.Units()));
        File.WriteAllText(Path.Combine(folder, "procedures.json"), JsonSerializer.Serialize(TestCatalog.Procedures()));
        return folder;
    }
}
