using Bunit;

namespace IOC.Dashboard.Tests.Wall;

public sealed class WallFiguresTests : WallTestBase
{
    [Fact]
    public void Province_KnownDossiers_TodayTilesShowVietnameseFigures()
    {
        var wall = RenderWall();

        Assert.Equal("Tỉnh Thử Nghiệm", Text(wall, "unit-name"));
        Assert.Equal("2", Text(wall, "today-received-value"));
        Assert.Contains("Trực tuyến 1", Text(wall, "today-received"));
        Assert.Contains("Trực tiếp 1", Text(wall, "today-received"));
        Assert.Contains("Bưu chính 0", Text(wall, "today-received"));
        Assert.Equal("50,0 %", Text(wall, "today-online-ratio-value"));
        Assert.Equal("2", Text(wall, "today-resolved-value"));
        Assert.Contains("Trước hạn 1", Text(wall, "today-resolved"));
        Assert.Contains("Quá hạn 1", Text(wall, "today-resolved"));
        Assert.Equal("50,0 %", Text(wall, "today-on-time-rate-value"));
        Assert.Contains("theo Biểu 06", Text(wall, "today-on-time-rate"));
        Assert.Equal("Tỷ lệ trễ hạn 50,0 %", Text(wall, "today-overdue-rate"));
        Assert.Equal("2", Text(wall, "today-in-process-value"));
        Assert.Contains("Quá hạn 1 (50,0 %)", Text(wall, "today-in-process-overdue"));
    }

    [Fact]
    public void Province_KnownDossiers_YearRowCountsSinceFirstOfJanuary()
    {
        var wall = RenderWall();

        Assert.Equal("4", Text(wall, "year-received-value"));
        Assert.Contains("Bưu chính 1", Text(wall, "year-received"));
        Assert.Equal("50,0 %", Text(wall, "year-online-ratio-value"));
    }

    [Fact]
    public void Province_KnownDossiers_RanksTheCommuneWithTheOverdueDossierFirst()
    {
        var wall = RenderWall();

        var first = wall.FindAll("[data-testid='ranking-row']")[0];
        Assert.Contains("Xã Hai", first.TextContent);
        Assert.Equal("1", first.QuerySelector("[data-testid='ranking-overdue']")!.TextContent.Trim());
    }

    [Fact]
    public void UnitWithoutChildUnits_SideColumn_RanksItsProcedures()
    {
        var wall = RenderWall(WallFixture.CommuneTwo);

        var row = Assert.Single(wall.FindAll("[data-testid='ranking-row']"));
        Assert.Contains("Khai sinh", row.TextContent);
        Assert.Equal("1", row.QuerySelector("[data-testid='ranking-overdue']")!.TextContent.Trim());
        Assert.DoesNotContain("tin mới", row.TextContent);
        Assert.Equal("Thủ tục của đơn vị — nhiều nhất trước", Text(wall, "ranking-subtitle"));
        Assert.Contains("Tỷ lệ hồ sơ trực tuyến theo thủ tục", wall.Find("[data-testid='panel-online-ranking']").TextContent);
        Assert.Empty(wall.FindAll(".ranking-empty"));
    }

    [Fact]
    public void Province_SideColumn_RanksUnitsNotProcedures()
    {
        var wall = RenderWall();

        Assert.Equal("Sở, ban, ngành · Xã, phường, đặc khu — nhiều nhất trước", Text(wall, "ranking-subtitle"));
        Assert.Contains("Tỷ lệ hồ sơ trực tuyến theo đơn vị", wall.Find("[data-testid='panel-online-ranking']").TextContent);
    }

    [Fact]
    public void UnitWithoutDossiers_Ratios_ShowADashNeverZero()
    {
        var wall = RenderWall(WallFixture.EmptyCommune);

        Assert.Equal("Xã Ba", Text(wall, "unit-name"));
        Assert.Equal("0", Text(wall, "today-received-value"));
        Assert.Equal("—", Text(wall, "today-online-ratio-value"));
        Assert.Equal("—", Text(wall, "today-on-time-rate-value"));
        Assert.Equal("—", Text(wall, "today-progress766-value"));
        Assert.Equal("—", Text(wall, "year-online-ratio-value"));
        Assert.Contains("Chưa có số liệu", Text(wall, "today-online-ratio-band"));
    }

    [Theory]
    [InlineData(0.5, "Met", "Đạt mục tiêu")]
    [InlineData(0.51, "Near", "Gần đạt")]
    [InlineData(0.9, "Missed", "Chưa đạt")]
    public void OnlineRatioOfHalf_Target_SwitchesBandAndLabel(double target, string band, string label)
    {
        Targets = Targets with { OnlineRatio = target };

        var wall = RenderWall();

        var tile = wall.Find("[data-testid='today-online-ratio-band']");
        Assert.Equal(band, tile.GetAttribute("data-band"));
        Assert.StartsWith(label, tile.TextContent.Trim());
    }
}
