using Bunit;
using IOC.Analytics.Dossiers;
using IOC.Dashboard.Components.Charts;
using Microsoft.Extensions.DependencyInjection;
using Bunit.TestDoubles;

namespace IOC.Dashboard.Tests.Wall;

/// <summary>What the wall sends to charts.js: each chart created once with its data, then only changed data.</summary>
public sealed class WallChartsTests : WallTestBase
{
    private const int Charts = 5;
    private readonly BunitJSModuleInterop _module;

    public WallChartsTests() => _module = Context.JSInterop.SetupModule(ApexChart.ModulePath);

    [Fact]
    public void Wall_Rendered_CreatesEveryChartOnceWithTheCurrentFigures()
    {
        RenderWall();

        Assert.Equal(Charts, _module.Invocations["create"].Count);
        var hourly = Created("0h");
        // Today: HS-1 and HS-2 at 08:xx, now 10:00. Typical: HS-3 (18/11) and HS-4 (10/11) at 08:00 over ten working days.
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, .. Enumerable.Repeat<double?>(null, 13)], hourly.Series[0].Data);
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 0.2, .. Enumerable.Repeat<double?>(0, 15)], hourly.Series[1].Data);
        var weekly = Created("T1");
        Assert.Equal(48, weekly.Categories.Count);
        Assert.Equal([1.0, 0.0, 0.5], weekly.Series[0].Data.TakeLast(3));
        // Week 48: HS-2 resolved on time, HS-4 late.
        Assert.Equal([null, null, 0.5], weekly.Series[1].Data.TakeLast(3));
        Assert.Equal([1, 1, 0], Created("Trực tuyến").Series[0].Data);
        Assert.Equal(new ChartNumbers("vi-VN", Percent: true, Decimals: 1), CreatedNumbers("T1"));
    }

    [Fact]
    public void Wall_ClockTicksWithoutChange_PushesNothing()
    {
        var wall = RenderWall();

        Fixture.Advance(TimeSpan.FromSeconds(6));

        wall.WaitForAssertion(() => Assert.Equal("10:00:06", Text(wall, "clock")));
        Assert.Empty(_module.Invocations["update"]);
    }

    [Fact]
    public void Wall_DossierReceived_PushesOnlyDataToTheChartsItChanges()
    {
        var wall = RenderWall();

        Fixture.Publish(WallFixture.Dossier("HS-5", WallFixture.CommuneOne, Channel.Online, "2026-11-23T10:00:00+07:00",
            "2026-11-26T17:00:00+07:00"));
        Fixture.Advance(TimeSpan.FromSeconds(6));

        wall.WaitForAssertion(() => Assert.Contains(Updated(), data => data.Categories.FirstOrDefault() == "0h"));
        Assert.Equal(Charts, _module.Invocations["create"].Count);
        Assert.All(_module.Invocations["update"], update => Assert.Equal(2, update.Arguments.Count));
        Assert.Equal(1, Updated().Last(d => d.Categories[0] == "0h").Series[0].Data[10]);
        Assert.Equal([2, 1, 0], Updated().Last(d => d.Categories[0] == "Trực tuyến").Series[0].Data);
        Assert.Equal(2.0 / 3, Updated().Last(d => d.Categories[0] == "T1").Series[0].Data[^1]);
    }

    [Fact]
    public void Wall_InEnglish_NamesSeriesInEnglishAndWritesNumbersInItsCulture()
    {
        Context.Services.GetRequiredService<BunitNavigationManager>().NavigateTo("/wall?lang=en");

        Context.Render<Components.Pages.Wall>();

        Assert.Equal(["Today", "Typical day"], Created("0h").Series.Select(s => s.Name));
        Assert.Equal("en-GB", CreatedNumbers("0h").Locale);
        Assert.Equal(["Online", "In person", "By post"], Created("Online").Categories);
    }

    [Fact]
    public async Task Wall_Disposed_DisposesEveryChart()
    {
        RenderWall();

        await Context.DisposeComponentsAsync();

        Assert.Equal(Charts, _module.Invocations["dispose"].Count);
    }

    private ChartData Created(string firstCategory) =>
        _module.Invocations["create"].Select(i => (ChartData)i.Arguments[2]!).Single(d => d.Categories.FirstOrDefault() == firstCategory);

    private ChartNumbers CreatedNumbers(string firstCategory) => _module.Invocations["create"]
        .Single(i => ((ChartData)i.Arguments[2]!).Categories.FirstOrDefault() == firstCategory).Arguments[3] as ChartNumbers
        ?? throw new InvalidOperationException("No numbers sent");

    private List<ChartData> Updated() => _module.Invocations["update"].Select(i => (ChartData)i.Arguments[1]!).ToList();
}
