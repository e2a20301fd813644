using System.Globalization;
using IOC.Analytics.Kpi;
using IOC.Dashboard.Live;
using IOC.Dashboard.Localization;
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
    public void Figures_English_GroupWithCommasAndUseADecimalPoint()
    {
        var english = WallText.English.Culture;

        Assert.Equal("1,234", WallFormat.Count(1234, english));
        Assert.Equal("45.6 %", WallFormat.Percent(0.456, english));
        Assert.Equal("2.5 %", WallFormat.Target(0.025, english));
    }

    [Fact]
    public void Date_English_StillReadsDayMonthYear() =>
        Assert.Equal("23/11/2026", WallFormat.Date(At("2026-11-22T18:30:00Z"), WallText.English.Culture));

    [Fact]
    public void Since_SameProvinceDay_TimeOnly() =>
        Assert.Equal("14:05", WallFormat.Since(At("2026-11-23T14:05:30+07:00"), At("2026-11-23T16:00:00+07:00")));

    [Fact]
    public void Since_EarlierProvinceDay_TimeAndDate() =>
        Assert.Equal("23:50 22/11", WallFormat.Since(At("2026-11-22T23:50:00+07:00"), At("2026-11-23T00:20:00+07:00")));

    [Fact]
    public void Text_English_TranslatesAndFillsThePlaceholders() =>
        Assert.Equal("silent since 14:05", WallText.English.Format("không có tin từ {0}", "14:05"));

    [Fact]
    public void Text_Vietnamese_KeepsTheTextAndFillsThePlaceholders() =>
        Assert.Equal("không có tin từ 14:05", WallText.Vietnamese.Format("không có tin từ {0}", "14:05"));

    [Fact]
    public void Text_EnglishWithoutTranslation_StaysVietnameseRatherThanBlank() =>
        Assert.Equal("Xã Một", WallText.English["Xã Một"]);

    [Fact]
    public void Options_UnitSilentAfterFromEnvironment_ReadsSecondsOrTime()
    {
        Assert.Equal(TimeSpan.FromMinutes(10), Options("IOC_WALL_UNIT_SILENT_AFTER", "600").UnitSilentAfter);
        Assert.Equal(TimeSpan.FromHours(1), Options("IOC_WALL_UNIT_SILENT_AFTER", "01:00:00").UnitSilentAfter);
        Assert.Equal(WallOptions.Default.UnitSilentAfter, Options("IOC_WALL_UNIT_SILENT_AFTER", "soon").UnitSilentAfter);
    }

    [Fact]
    public void Options_FromEnvironment_ReadsTargetsAndSecondsOfSilence()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["IOC_TARGET_ONLINE_RATIO"] = "0.5",
            ["IOC_TARGET_MAX_OVERDUE_RATE"] = "0.02",
            ["IOC_WALL_STALE_AFTER"] = "120",
        }).Build();

        Assert.Equal(new WallOptions(TimeSpan.FromMinutes(2)), WallOptions.From(configuration));
        Assert.Equal(new KpiTargets(0.5, 0.02), KpiTargets.From(configuration));
    }

    [Fact]
    public void Options_Missing_KeepTheDefaults() =>
        Assert.Equal(WallOptions.Default, WallOptions.From(new ConfigurationBuilder().Build()));

    private static WallOptions Options(string name, string value) =>
        WallOptions.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [name] = value }).Build());

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);
}
