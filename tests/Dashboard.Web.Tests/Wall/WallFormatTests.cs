using IOC.Dashboard.Components.Wall;
using IOC.Dashboard.Live;
using Microsoft.Extensions.Configuration;

namespace IOC.Dashboard.Tests.Wall;

public sealed class WallFormatTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(1234, "1.234")]
    [InlineData(1234567, "1.234.567")]
    public void Count_Vietnamese_GroupsThousandsWithDots(int value, string expected) =>
        Assert.Equal(expected, WallFormat.Count(value));

    [Theory]
    [InlineData(0.456, "45,6 %")]
    [InlineData(0.0, "0,0 %")]
    [InlineData(1.0, "100,0 %")]
    [InlineData(null, "—")]
    public void Percent_Ratio_UsesADecimalCommaAndDashForNull(double? ratio, string expected) =>
        Assert.Equal(expected, WallFormat.Percent(ratio));

    [Fact]
    public void Date_ProvinceDay_ReadsDayMonthYear() =>
        Assert.Equal("23/11/2026", WallFormat.Date(DateTimeOffset.Parse("2026-11-22T18:30:00Z", System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Options_FromEnvironment_ReadsTargetsAndSecondsOfSilence()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["IOC_TARGET_ONLINE_RATIO"] = "0.5",
            ["IOC_TARGET_MAX_OVERDUE_RATE"] = "0.02",
            ["IOC_WALL_STALE_AFTER"] = "120",
        }).Build();

        Assert.Equal(new WallOptions(0.5, 0.02, TimeSpan.FromMinutes(2)), WallOptions.From(configuration));
    }

    [Fact]
    public void Options_Missing_KeepTheDefaults() =>
        Assert.Equal(WallOptions.Default, WallOptions.From(new ConfigurationBuilder().Build()));
}
