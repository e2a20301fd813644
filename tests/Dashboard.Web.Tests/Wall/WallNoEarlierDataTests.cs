using System.Text.RegularExpressions;
using Bunit;

namespace IOC.Dashboard.Tests.Wall;

/// <summary>
/// The fixture's history starts in November 2026: the year to date has no earlier year to compare with, so its tiles
/// say so instead of an increase from zero; today still compares with Monday 16/11, when HS-4 was in process.
/// </summary>
public sealed class WallNoEarlierDataTests : WallTestBase
{
    [Theory]
    [InlineData("year-received-trend")]
    [InlineData("year-online-ratio-trend")]
    [InlineData("year-resolved-trend")]
    [InlineData("year-in-process-trend")]
    public void YearToDate_NothingInTheYearBefore_NoDataForTheEarlierPeriod(string testId)
    {
        var wall = RenderWall();

        Assert.Equal("chưa có số liệu kỳ trước", Words(Text(wall, testId)));
        Assert.Equal("None", wall.Find($"[data-testid='{testId}']").GetAttribute("data-direction"));
        Assert.Empty(wall.FindAll($"[data-testid='{testId}-difference']"));
    }

    [Fact]
    public void Today_EarlierDayHadADossierInProcess_StillCompares()
    {
        var wall = RenderWall();

        // Received: 2 today (HS-1, HS-2) against none by 10:00 on 16/11, when HS-4 was in process: a real zero.
        Assert.Equal("▲ +2 so với cùng ngày tuần trước", Words(Text(wall, "today-received-trend")));
    }

    [Fact]
    public void LangEn_NothingInTheYearBefore_InEnglish()
    {
        var wall = RenderWall(language: "en");

        Assert.Equal("no data for the earlier period", Words(Text(wall, "year-received-trend")));
    }

    private static string Words(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
