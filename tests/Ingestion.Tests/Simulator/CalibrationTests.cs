using IOC.Ingestion.Simulator;
using IOC.Testing;
using Xunit.Abstractions;

namespace IOC.Ingestion.Tests.Simulator;

public sealed class CalibrationTests(ITestOutputHelper output)
{
    [Fact]
    public void Days_TenThousandDossiers_FiguresStayNearTheField()
    {
        var shares = TrafficShares.Of(DossierTrafficGeneratorTests.Dossiers(DossierTrafficGeneratorTests.Generator(seed: 2026, volume: new TrafficVolume(500)), days: 28));

        output.WriteLine(shares.ToString());
        Assert.InRange(shares.Dossiers, 9_000, 12_000);
        Assert.InRange(shares.Online, 0.40, 0.50);
        Assert.InRange(shares.Late, 0.05, 0.10);
    }

    [Fact]
    public void DemoMonth_November2026_BusiestAreTheEverydayServicesAndTheFiguresStayNearTheField()
    {
        var catalog = DemoCatalog.Load(Path.Combine(RepositoryRoot.Path, "data", "demo"));
        var classes = VolumeClasses();

        var report = TrafficReport.Of(catalog, catalog.Traffic(1, new TrafficVolume(TrafficFigures.DossiersPerWorkingDay)), new DateOnly(2026, 11, 1),
            busiest: catalog.Procedures.Count);

        output.WriteLine(string.Join("\n", report.Busiest.Take(10).Select(b => $"{b.Received} {b.Procedure.Code} {b.Procedure.Name}")));
        // 21 working days of 2,000 (Mondays 10% more, Fridays 10% less) and 9 weekend days of a few percent, online only.
        Assert.InRange(report.Received, 40_000, 46_000);
        Assert.InRange(report.OnlineShare, 0.40, 0.50);
        Assert.InRange(report.CommuneShare, 0.65, 0.80);
        Assert.InRange(report.LateShare, 0.05, 0.10);
        Assert.Equal("2.000815", report.Busiest[0].Procedure.Code);
        Assert.All(report.Busiest.Take(10), b => Assert.Contains(classes[b.Procedure.Code], new[] { "top", "mass", "high" }));
        // A rare procedure is one of a handful a year: a month holds at most a few of it.
        Assert.All(report.Busiest.Where(b => classes[b.Procedure.Code] == "rare"), b => Assert.True(b.Received <= 5, $"{b.Received} × {b.Procedure.Name}"));
    }

    private static Dictionary<string, string> VolumeClasses()
    {
        using var volumes = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "data", "demo", "volumes.json")));
        return volumes.RootElement.GetProperty("procedures").EnumerateArray()
            .ToDictionary(p => p.GetProperty("code").GetString()!, p => p.GetProperty("class").GetString()!, StringComparer.Ordinal);
    }
}
