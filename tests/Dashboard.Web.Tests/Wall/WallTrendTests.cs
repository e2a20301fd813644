using System.Text.RegularExpressions;
using Bunit;
using IOC.Analytics.Dossiers;
using IOC.Dashboard.Components.Wall;

namespace IOC.Dashboard.Tests.Wall;

/// <summary>
/// Today (23/11/2026, 10:00) against Monday 16/11 up to 10:00, and the year against 01/01–23/11/2025 up to 10:00, on
/// the fixture's dossiers and those published here; every expected figure is counted by hand in the comments.
/// </summary>
public sealed class WallTrendTests : WallTestBase
{
    public WallTrendTests()
    {
        Fixture.Publish(
            WallFixture.Dossier("HS-L1", WallFixture.CommuneOne, Channel.Online, "2026-11-16T08:30:00+07:00", "2026-11-19T17:00:00+07:00"),
            WallFixture.Dossier("HS-L2", WallFixture.CommuneTwo, Channel.Direct, "2026-11-16T08:40:00+07:00", "2026-11-19T17:00:00+07:00"),
            WallFixture.Dossier("HS-L3", WallFixture.CommuneOne, Channel.Direct, "2026-11-16T09:30:00+07:00", "2026-11-19T17:00:00+07:00"),
            // Later in the day than now: not yet part of "the same day last week".
            WallFixture.Dossier("HS-L4", WallFixture.CommuneOne, Channel.Online, "2026-11-16T10:30:00+07:00", "2026-11-19T17:00:00+07:00"),
            WallFixture.Dossier("HS-Y1", WallFixture.CommuneTwo, Channel.Direct, "2025-06-02T08:30:00+07:00", "2025-06-05T17:00:00+07:00",
                "2025-06-04T10:00:00+07:00"),
            // After the same date last year: not part of last year's year to date.
            WallFixture.Dossier("HS-Y2", WallFixture.CommuneOne, Channel.Online, "2025-11-24T08:00:00+07:00", "2025-11-27T17:00:00+07:00"));
    }

    [Fact]
    public void Today_AgainstTheSameMorningLastWeek_ArrowAndSignedDifference()
    {
        var wall = RenderWall();

        // Received: 2 today (HS-1, HS-2) against 3 by 10:00 on 16/11 (HS-L1..L3).
        Assert.Equal("▼ −1 so với cùng ngày tuần trước", Line(wall, "today-received-trend"));
        Assert.Equal("Down", Attribute(wall, "today-received-trend", "data-direction"));
        // Online: 1 of 2 = 50 % against 1 of 3 = 33,3 %.
        Assert.Equal("+16,7 điểm %", Text(wall, "today-online-ratio-trend-difference"));
        Assert.Equal("Up", Attribute(wall, "today-online-ratio-trend", "data-direction"));
        // Resolved: 2 today (HS-2, HS-4) against none.
        Assert.Equal("+2", Text(wall, "today-resolved-trend-difference"));
        // Nothing was resolved by 10:00 on 16/11: no on-time rate to compare with.
        Assert.Empty(wall.FindAll("[data-testid='today-on-time-rate-trend']"));
    }

    [Fact]
    public void YearToDate_AgainstTheSameDatesLastYear_ArrowAndSignedDifference()
    {
        var wall = RenderWall();

        // Received: 8 in 2026 (HS-1..4, HS-L1..L4) against 1 (HS-Y1) from 01/01 to 23/11/2025 10:00.
        Assert.Equal("▲ +7 so với cùng kỳ năm trước", Line(wall, "year-received-trend"));
        // Resolved: 2 against 1.
        Assert.Equal("+1", Text(wall, "year-resolved-trend-difference"));
        // Online: 4 of 8 = 50 % (HS-1, HS-4, HS-L1, HS-L4) against 0 of 1.
        Assert.Equal("+50,0 điểm %", Text(wall, "year-online-ratio-trend-difference"));
    }

    [Fact]
    public void Today_AnHourLater_ComparesWithTheSameHourLastWeek()
    {
        var wall = RenderWall();

        Fixture.Advance(TimeSpan.FromHours(1));

        // By 11:00 on 16/11, HS-L4 was in too: 4 received, 2 online = 50 %, as today.
        wall.WaitForAssertion(() => Assert.Equal("−2", Text(wall, "today-received-trend-difference")));
        Assert.Equal("= 0,0 điểm %", Line(wall, "today-online-ratio-trend").Split(" so với")[0]);
        Assert.Equal("Flat", Attribute(wall, "today-online-ratio-trend", "data-direction"));
    }

    [Fact]
    public void LangEn_Trend_PointsAndWordsInEnglish()
    {
        var wall = RenderWall(language: "en");

        Assert.Equal("+16.7 pts", Text(wall, "today-online-ratio-trend-difference"));
        Assert.Equal("▼ −1 vs the same day last week", Line(wall, "today-received-trend"));
        Assert.Equal("down", wall.Find("[data-testid='today-received-trend'] .trend-arrow").GetAttribute("aria-label"));
    }

    [Fact]
    public void TrendMark_Up_ArrowNamedInWords()
    {
        var mark = Context.Render<TrendMark>(p => p
            .Add(m => m.Trend, Trend.OfCount(1_250, 1_000))
            .Add(m => m.Basis, "so với cùng ngày tuần trước")
            .Add(m => m.TestId, "mark"));

        Assert.Equal("▲ +250 so với cùng ngày tuần trước", Words(mark.Find("[data-testid='mark']").TextContent));
        Assert.Equal("tăng", mark.Find(".trend-arrow").GetAttribute("aria-label"));
    }

    // The text as a person reads it: the markup's line breaks and indents are one space.
    private static string Line(IRenderedComponent<IOC.Dashboard.Components.Pages.Wall> wall, string testId) => Words(Text(wall, testId));

    private static string Words(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    private static string? Attribute(IRenderedComponent<IOC.Dashboard.Components.Pages.Wall> wall, string testId, string name) =>
        wall.Find($"[data-testid='{testId}']").GetAttribute(name);
}
