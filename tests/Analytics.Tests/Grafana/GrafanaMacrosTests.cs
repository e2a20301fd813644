using IOC.Testing.Grafana;

namespace IOC.Analytics.Tests.Grafana;

/// <summary>The test's stand-in for Grafana's query interpolation fills variables as Grafana's InfluxDB data source does.</summary>
public sealed class GrafanaMacrosTests
{
    private const string TimeFilter = "time >= 1764522000000ms and time <= 1764608399999ms";

    [Fact]
    public void Fill_OneUnitInQuotes_TheCodeAsIs()
    {
        var filled = GrafanaMacros.Fill("SELECT sum(\"received\") FROM \"kpi_flow\" WHERE \"unit\" = '$unit' AND $timeFilter GROUP BY time($__interval)",
            TimeFilter, "10m", ["000.00.06.H56"]);

        Assert.Equal($"SELECT sum(\"received\") FROM \"kpi_flow\" WHERE \"unit\" = '000.00.06.H56' AND {TimeFilter} GROUP BY time(10m)", filled);
    }

    [Fact]
    public void Fill_SeveralUnitsInARegex_EscapedAlternatives()
    {
        var filled = GrafanaMacros.Fill("WHERE \"unit\" =~ /^$unit$/ OR \"unit\" =~ /${unit:regex}/", TimeFilter, "1m", ["000.00.00.H56", "000.00.06.H56"]);

        Assert.Equal(@"WHERE ""unit"" =~ /^(000\.00\.00\.H56|000\.00\.06\.H56)$/ OR ""unit"" =~ /(000\.00\.00\.H56|000\.00\.06\.H56)/", filled);
    }

    [Fact]
    public void Fill_OneUnitInARegex_EscapedWithoutParentheses()
    {
        Assert.Equal(@"=~ /^000\.00\.00\.H56$/", GrafanaMacros.Fill("=~ /^$unit$/", TimeFilter, "1m", ["000.00.00.H56"]));
    }

    [Fact]
    public void Fill_SeveralUnitsInQuotes_Refused()
    {
        Assert.Throws<ArgumentException>(() => GrafanaMacros.Fill("\"unit\" = '$unit'", TimeFilter, "1m", ["a", "b"]));
    }

    [Fact]
    public void VariablesIn_QueryWithMacros_OnlyTheDashboardsOwn()
    {
        Assert.Equal(["unit"], GrafanaMacros.VariablesIn("WHERE \"unit\" =~ /^$unit$/ AND $timeFilter GROUP BY time($__interval) ${unit:regex}"));
    }
}
