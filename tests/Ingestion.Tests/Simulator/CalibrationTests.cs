using IOC.Ingestion.Simulator;
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
}
