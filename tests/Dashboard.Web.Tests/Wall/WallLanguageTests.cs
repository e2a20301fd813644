using AngleSharp.Dom;
using Bunit;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Storage;
using WallPage = IOC.Dashboard.Components.Pages.Wall;

namespace IOC.Dashboard.Tests.Wall;

public sealed class WallLanguageTests : WallTestBase
{
    [Fact]
    public void NoLanguage_ThousandsOfDossiers_VietnameseFigures()
    {
        PublishTodayDossiers(online: 562, direct: 670);

        var wall = RenderWall();

        // 2 of the fixture (1 online) and 1 232 more (562 online): 563 / 1 234 = 45,62 %.
        Assert.Equal("1.234", Text(wall, "today-received-value"));
        Assert.Equal("45,6 %", Text(wall, "today-online-ratio-value"));
        Assert.Contains("Trực tuyến 563", Text(wall, "today-received"));
        Assert.Equal("Tiếp nhận", wall.Find("[data-testid='today-received'] .tile-title").TextContent.Trim());
        Assert.Contains("ngày 23/11/2026", wall.Find(".wall-date").TextContent);
        Assert.Equal("vi", wall.Find(".wall").GetAttribute("lang"));
    }

    [Fact]
    public void LangEn_ThousandsOfDossiers_EnglishFigures()
    {
        PublishTodayDossiers(online: 562, direct: 670);

        var wall = RenderWall(language: "en");

        Assert.Equal("1,234", Text(wall, "today-received-value"));
        Assert.Equal("45.6 %", Text(wall, "today-online-ratio-value"));
        Assert.Contains("Online 563", Text(wall, "today-received"));
        Assert.Equal("Received", wall.Find("[data-testid='today-received'] .tile-title").TextContent.Trim());
        Assert.Contains("23/11/2026", wall.Find(".wall-date").TextContent);
        Assert.Equal("Year to date (01/01 – 23/11)", wall.Find("[data-testid='year'] .row-title").TextContent.Trim());
        Assert.Equal("en", wall.Find(".wall").GetAttribute("lang"));
    }

    [Fact]
    public void LangEn_EveryTextOnTheWall_HasATranslation()
    {
        var wall = RenderEveryKindOfText("en");

        Assert.Empty(VietnameseLetters(wall));
    }

    [Fact]
    public void NoLanguage_SameWall_IsVietnamese()
    {
        // The check above can fail: the same wall in Vietnamese is full of Vietnamese letters outside the units' names.
        var wall = RenderEveryKindOfText(null);

        Assert.NotEmpty(VietnameseLetters(wall));
    }

    // Trends (a week and a year back), a silent unit, overdue dossiers and a stale mark: every text the wall can show.
    private IRenderedComponent<WallPage> RenderEveryKindOfText(string? language)
    {
        Fixture.Publish(
            WallFixture.Dossier("HS-W1", WallFixture.CommuneOne, Channel.Online, "2026-11-16T08:30:00+07:00", "2026-11-19T17:00:00+07:00"),
            WallFixture.Dossier("HS-Y1", WallFixture.CommuneTwo, Channel.Direct, "2025-06-02T08:30:00+07:00", "2025-06-05T17:00:00+07:00",
                "2025-06-04T10:00:00+07:00"));
        var wall = RenderWall(language: language);
        Fixture.Advance(Options.UnitSilentAfter);
        wall.WaitForAssertion(() => Assert.NotEmpty(wall.FindAll("[data-testid='ranking-silent']")));
        Assert.NotEmpty(wall.FindAll("[data-testid='stale']"));
        Assert.NotEmpty(wall.FindAll("[data-testid='today-received-trend']"));
        return wall;
    }

    // Letters beyond ASCII in the wall's text and attributes, once the units' names (data, not wall text) are taken out.
    private static List<string> VietnameseLetters(IRenderedComponent<WallPage> wall)
    {
        var texts = wall.FindAll("*")
            .SelectMany(element => element.ChildNodes.Where(n => n.NodeType == NodeType.Text).Select(n => n.TextContent)
                .Concat(element.Attributes.Select(a => a.Value)))
            .Select(text => WallFixture.Catalog.Units.Aggregate(text, (rest, unit) => rest.Replace(unit.Name, "", StringComparison.Ordinal)));
        return texts.Where(text => text.Any(c => c > '\u007f' && char.IsLetter(c))).Select(text => text.Trim()).Distinct().ToList();
    }

    private void PublishTodayDossiers(int online, int direct)
    {
        var rows = Enumerable.Range(0, online + direct)
            .Select(i => WallFixture.Dossier($"HS-N{i}", WallFixture.CommuneOne, i < online ? Channel.Online : Channel.Direct,
                $"2026-11-23T09:{i % 60:00}:00+07:00", "2026-11-26T17:00:00+07:00"))
            .ToArray<DossierRow>();
        Fixture.Publish(rows);
    }
}
