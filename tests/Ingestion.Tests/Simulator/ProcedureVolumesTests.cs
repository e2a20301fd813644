using System.Text.Json;
using IOC.Ingestion.Simulator;
using IOC.Testing;

namespace IOC.Ingestion.Tests.Simulator;

public sealed class ProcedureVolumesTests
{
    private static readonly string Demo = Path.Combine(RepositoryRoot.Path, "data", "demo");

    [Fact]
    public void DemoVolumes_EveryProcedureOnceWithItsNameAndADefinedClass()
    {
        var catalog = DemoCatalog.Load(Demo);
        using var volumes = JsonDocument.Parse(File.ReadAllText(Path.Combine(Demo, "volumes.json")));
        var classes = volumes.RootElement.GetProperty("classes").EnumerateArray().Select(c => c.GetProperty("class").GetString()).ToList();
        var listed = volumes.RootElement.GetProperty("procedures").EnumerateArray()
            .Select(p => (Code: p.GetProperty("code").GetString()!, Name: p.GetProperty("name").GetString()!, Class: p.GetProperty("class").GetString()))
            .ToList();

        Assert.Equal(catalog.Procedures.Select(p => (p.Code, p.Name)).Order(), listed.Select(p => (p.Code, p.Name)).Order());
        Assert.All(listed, p => Assert.Contains(p.Class, classes));
        Assert.All(catalog.Procedures, p => Assert.True(catalog.Volumes.PerYear(p) > 0, p.Code));
    }

    [Fact]
    public void DemoVolumes_CertifiedCopiesAboveBirthsAboveSchoolDissolutions()
    {
        var catalog = DemoCatalog.Load(Demo);
        double PerYear(string code) => catalog.Volumes.PerYear(catalog.Procedures.Single(p => p.Code == code));

        Assert.True(PerYear("2.000815") > PerYear("1.001193"), "certified copies draw more than birth registrations");
        Assert.True(PerYear("1.001193") > 100 * PerYear("1.001639"), "birth registrations draw a hundred times school dissolutions");
        Assert.True(PerYear("1.001193") > 100 * PerYear("1.010708"), "birth registrations draw a hundred times the cultural-area award");
    }

    [Theory]
    [InlineData("""{"classes":[{"class":"low","perYear":5}],"procedures":[{"code":"1.0","class":"mass"}]}""", "undefined class 'mass'")]
    [InlineData("""{"classes":[{"class":"low","perYear":5}],"procedures":[{"code":"1.0","class":"low"},{"code":"1.0","class":"low"}]}""", "listed twice")]
    public void Read_BadFile_SaysWhatIsWrong(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => ProcedureVolumes.Read(json));

        Assert.Contains(expected, error.Message);
    }
}
