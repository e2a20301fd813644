using Bunit;

namespace IOC.Dashboard.Tests.Wall;

public sealed class WallLiveTests : WallTestBase
{
    private static readonly IOC.Analytics.Storage.DossierRow NewOnlineDossier = WallFixture.Dossier("HS-5", WallFixture.CommuneOne,
        IOC.Analytics.Dossiers.Channel.Online, "2026-11-23T10:00:00+07:00", "2026-11-26T17:00:00+07:00");

    [Fact]
    public void Wall_Rendered_SubscribesOnce()
    {
        RenderWall();

        Assert.Equal(1, Fixture.Store.SubscriberCount);
    }

    [Fact]
    public void Wall_ChangePushed_RendersTheNewFigures()
    {
        var wall = RenderWall();

        Fixture.Publish(NewOnlineDossier);

        wall.WaitForAssertion(() => Assert.Equal("3", Text(wall, "today-received-value")));
        Assert.Equal("66,7 %", Text(wall, "today-online-ratio-value"));
        Assert.Equal("Cập nhật lúc 10:00:00", Text(wall, "updated-at"));
    }

    [Fact]
    public async Task Wall_Disposed_Unsubscribes()
    {
        RenderWall();

        await Context.DisposeComponentsAsync();

        Assert.Equal(0, Fixture.Store.SubscriberCount);
    }

    [Fact]
    public void Wall_SilenceOfStaleAfter_ShowsStaleMarkerUntilAChange()
    {
        var wall = RenderWall();
        Assert.Empty(wall.FindAll("[data-testid='stale']"));

        Fixture.Advance(Options.StaleAfter);
        wall.WaitForAssertion(() => Assert.Equal("Dữ liệu cũ", Text(wall, "stale")));

        Fixture.Publish(NewOnlineDossier);
        wall.WaitForAssertion(() => Assert.Empty(wall.FindAll("[data-testid='stale']")));
    }

    [Fact]
    public void Clock_SecondPasses_ShowsProvinceTime()
    {
        var wall = RenderWall();

        Fixture.Advance(TimeSpan.FromSeconds(1));

        wall.WaitForAssertion(() => Assert.Equal("10:00:01", Text(wall, "clock")));
    }
}
