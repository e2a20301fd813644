using AngleSharp.Dom;
using Bunit;
using IOC.Analytics.Dossiers;
using WallPage = IOC.Dashboard.Components.Pages.Wall;

namespace IOC.Dashboard.Tests.Wall;

/// <summary>
/// Silence on the wall, with the clock moved by hand: the fixture's units were all heard from at 10:00 but Xã Ba, which
/// has not been heard from since the store began listening at 10:00. Here a unit is silent after 10 minutes, the wall
/// stale after 2.
/// </summary>
public sealed class WallSilenceTests : WallTestBase
{
    private static readonly IOC.Analytics.Storage.DossierRow NewDossierOfCommuneOne = WallFixture.Dossier("HS-5", WallFixture.CommuneOne,
        Channel.Online, "2026-11-23T10:10:00+07:00", "2026-11-26T17:00:00+07:00");

    public WallSilenceTests() =>
        Options = Options with { StaleAfter = TimeSpan.FromMinutes(2), UnitSilentAfter = TimeSpan.FromMinutes(10) };

    [Fact]
    public void Units_HeardWithinTheSilence_NotMarked()
    {
        var wall = RenderWall();

        Fixture.Advance(TimeSpan.FromMinutes(9));

        wall.WaitForAssertion(() => Assert.Equal("10:09:00", Text(wall, "clock")));
        Assert.Equal(4, Rows(wall).Count);
        Assert.All(Rows(wall), row => Assert.Equal("false", row.GetAttribute("data-silent")));
        Assert.Empty(wall.FindAll("[data-testid='ranking-silent']"));
        Assert.Empty(wall.FindAll("[data-testid='silent-units']"));
        Assert.Contains("tin mới lúc 10:00:00", Row(wall, "Xã Một").TextContent);
        Assert.Contains("chưa có tin mới", Row(wall, "Xã Ba").TextContent);
    }

    [Fact]
    public void Units_PastTheSilence_MarkedAndCountedInTheHeader()
    {
        var wall = RenderWall();

        Fixture.Advance(TimeSpan.FromMinutes(10));

        wall.WaitForAssertion(() => Assert.Equal("4 đơn vị không có tin", Text(wall, "silent-units")));
        Assert.All(Rows(wall), row => Assert.Equal("true", row.GetAttribute("data-silent")));
        Assert.Contains("không có tin từ 10:00", Row(wall, "Xã Một").TextContent);
        // A silent unit's zero is not known to be one; its overdue dossiers stay overdue.
        Assert.Equal("—", Overdue(wall, "Xã Ba"));
        Assert.Equal("1", Overdue(wall, "Xã Hai"));
    }

    [Fact]
    public void SilentUnit_NewChange_NoLongerMarked()
    {
        var wall = RenderWall();
        Fixture.Advance(TimeSpan.FromMinutes(10));
        wall.WaitForAssertion(() => Assert.Equal("4 đơn vị không có tin", Text(wall, "silent-units")));

        Fixture.Publish(NewDossierOfCommuneOne);

        wall.WaitForAssertion(() => Assert.Equal("3 đơn vị không có tin", Text(wall, "silent-units")));
        Assert.Equal("false", Row(wall, "Xã Một").GetAttribute("data-silent"));
        Assert.Contains("tin mới lúc 10:10:00", Row(wall, "Xã Một").TextContent);
        Assert.Equal("true", Row(wall, "Xã Ba").GetAttribute("data-silent"));
    }

    [Fact]
    public void CommuneWall_CommuneSilent_HeaderSaysSinceWhen()
    {
        var wall = RenderWall(WallFixture.CommuneTwo);
        Fixture.Advance(TimeSpan.FromMinutes(9));
        wall.WaitForAssertion(() => Assert.Equal("10:09:00", Text(wall, "clock")));
        Assert.Empty(wall.FindAll("[data-testid='unit-silent']"));

        Fixture.Advance(TimeSpan.FromMinutes(1));

        wall.WaitForAssertion(() => Assert.Equal("không có tin từ 10:00", Text(wall, "unit-silent")));
    }

    [Fact]
    public void Wall_ConfiguredSilence_StaleMarkAfterItAndGoneOnANewChange()
    {
        var wall = RenderWall();

        Fixture.Advance(TimeSpan.FromSeconds(119));
        wall.WaitForAssertion(() => Assert.Equal("10:01:59", Text(wall, "clock")));
        Assert.Empty(wall.FindAll("[data-testid='stale']"));

        Fixture.Advance(TimeSpan.FromSeconds(1));
        wall.WaitForAssertion(() => Assert.Equal("Dữ liệu cũ", Text(wall, "stale")));

        Fixture.Publish(NewDossierOfCommuneOne);
        wall.WaitForAssertion(() => Assert.Empty(wall.FindAll("[data-testid='stale']")));
    }

    [Fact]
    public void LangEn_PastTheSilence_SilentSinceInEnglish()
    {
        var wall = RenderWall(language: "en");

        Fixture.Advance(TimeSpan.FromMinutes(10));

        wall.WaitForAssertion(() => Assert.Equal("4 units silent", Text(wall, "silent-units")));
        Assert.Contains("silent since 10:00", Row(wall, "Xã Một").TextContent);
        Assert.Equal("Data out of date", Text(wall, "stale"));
    }

    private static IReadOnlyList<IElement> Rows(IRenderedComponent<WallPage> wall) => wall.FindAll("[data-testid='ranking-row']");

    private static IElement Row(IRenderedComponent<WallPage> wall, string unitName) =>
        Rows(wall).Single(row => row.QuerySelector(".ranking-name")!.TextContent.Trim() == unitName);

    private static string Overdue(IRenderedComponent<WallPage> wall, string unitName) =>
        Row(wall, unitName).QuerySelector("[data-testid='ranking-overdue']")!.TextContent.Trim();
}
