using Bunit;
using IOC.Dashboard.Components.Wall;
using IOC.Dashboard.Live;
using IOC.Dashboard.Live.Notable;
using IOC.Dashboard.Localization;
using IOC.Dashboard.Tests.Wall;
using Microsoft.AspNetCore.Components;

namespace IOC.Dashboard.Tests.Notable;

public sealed class NotableTickerTests : WallTestBase
{
    private static readonly DateTimeOffset Now = WallFixture.Now;

    [Fact]
    public void Ticker_EventsInTheFeed_ShowsTheLatestNewestFirstInProvinceTime()
    {
        for (var i = 0; i < 7; i++)
        {
            Feed.Add(new LateResolution(Now.AddMinutes(i), $"HS-{i}", WallFixture.CommuneOne, "Xã Một", "Khai sinh", i + 1));
        }

        var ticker = RenderTicker();

        var events = ticker.FindAll("[data-testid='ticker-event']");
        Assert.Equal(3, events.Count);
        Assert.Equal("10:06 Giải quyết trễ hạn 7 ngày · Khai sinh · Xã Một", Normalized(events[0].TextContent));
        Assert.Equal("10:04 Giải quyết trễ hạn 5 ngày · Khai sinh · Xã Một", Normalized(events[^1].TextContent));
    }

    [Fact]
    public void Ticker_EventAdded_ShowsItLive()
    {
        var ticker = RenderTicker();
        Assert.Equal("Chưa có sự kiện đáng chú ý", ticker.Find("[data-testid='ticker-empty']").TextContent);

        Feed.Add(new ThresholdCrossing(Now, WallFixture.CommuneTwo, "Xã Hai", ThresholdMeasure.OverdueRate, 0.125, 0.05, Met: false));
        Fixture.Advance(RenderThrottle.WallInterval);

        ticker.WaitForAssertion(() => Assert.Equal("10:00 Xã Hai: tỷ lệ trễ hạn hôm nay 12,5 % — vượt ngưỡng 5 %",
            Normalized(ticker.Find("[data-testid='ticker-event']").TextContent)));
    }

    [Fact]
    public void Ticker_English_WordsTheEventsInEnglish()
    {
        Feed.Add(new ProcedureSurge(Now, "1.000001", "Khai sinh", 24, 3.5, [WallFixture.CommuneOne]));

        var ticker = RenderTicker(WallText.English);

        Assert.Equal("Notable events", ticker.Find(".ticker-title").TextContent);
        Assert.Equal("10:00 Surge · Khai sinh: 24 dossiers in the last hour (usually 3.5)",
            Normalized(ticker.Find("[data-testid='ticker-event']").TextContent));
    }

    [Fact]
    public async Task Ticker_Disposed_Unsubscribes()
    {
        RenderTicker();
        Assert.Equal(1, Feed.SubscriberCount);

        await Context.DisposeComponentsAsync();

        Assert.Equal(0, Feed.SubscriberCount);
    }

    [Fact]
    public void Wall_Rendered_CarriesTheTicker()
    {
        Feed.Add(new LateResolution(Now, "HS-1", WallFixture.CommuneOne, "Xã Một", "Khai sinh", 2));

        var wall = RenderWall();

        Assert.Single(wall.FindAll("[data-testid='ticker-event']"));
    }

    [Fact]
    public void UnitWall_EventsOfOtherUnits_ShowsOnlyItsSubtreesEvents()
    {
        Feed.Add(new LateResolution(Now, "HS-ONE", WallFixture.CommuneOne, "Xã Một", "Khai sinh", 2));
        Feed.Add(new ProcedureSurge(Now.AddMinutes(1), "1.000002", "Kết hôn", 30, 4, [WallFixture.CommuneTwo, WallFixture.Department]));
        Feed.Add(new ThresholdCrossing(Now.AddMinutes(2), WallFixture.CommuneTwo, "Xã Hai", ThresholdMeasure.OverdueRate, 0.125, 0.05, Met: false));
        Feed.Add(new ProcedureSurge(Now.AddMinutes(3), "1.000001", "Khai sinh", 24, 3.5, [WallFixture.CommuneOne]));

        var shown = RenderWall(WallFixture.CommuneOne).FindAll("[data-testid='ticker-event']").Select(e => Normalized(e.TextContent)).ToList();

        Assert.Equal(2, shown.Count);
        Assert.StartsWith("10:03", shown[0], StringComparison.Ordinal);
        Assert.Contains("Khai sinh", shown[0], StringComparison.Ordinal);
        Assert.Equal("10:00 Giải quyết trễ hạn 2 ngày · Khai sinh · Xã Một", shown[1]);
    }

    [Fact]
    public void DepartmentWall_SurgeItsUnitReceived_ShowsIt()
    {
        Feed.Add(new ProcedureSurge(Now.AddMinutes(1), "1.000002", "Kết hôn", 30, 4, [WallFixture.CommuneTwo, WallFixture.Department]));
        Feed.Add(new ThresholdCrossing(Now.AddMinutes(2), WallFixture.CommuneTwo, "Xã Hai", ThresholdMeasure.OverdueRate, 0.125, 0.05, Met: false));

        var shown = RenderWall(WallFixture.Department).FindAll("[data-testid='ticker-event']").Select(e => Normalized(e.TextContent)).ToList();

        Assert.Contains("Kết hôn", Assert.Single(shown), StringComparison.Ordinal);
    }

    [Fact]
    public void ProvinceWall_EventsOfEveryUnit_ShowsTheLatestOfAll()
    {
        Feed.Add(new LateResolution(Now, "HS-ONE", WallFixture.CommuneOne, "Xã Một", "Khai sinh", 2));
        Feed.Add(new ThresholdCrossing(Now.AddMinutes(2), WallFixture.CommuneTwo, "Xã Hai", ThresholdMeasure.OverdueRate, 0.125, 0.05, Met: false));

        var province = RenderWall().FindAll("[data-testid='ticker-event']");

        Assert.Equal(2, province.Count);
    }

    private IRenderedComponent<CascadingValue<WallText>> RenderTicker(WallText? text = null) =>
        Context.Render<CascadingValue<WallText>>(parameters => parameters
            .Add(p => p.Value, text ?? WallText.Vietnamese)
            .Add(p => p.IsFixed, true)
            .AddChildContent<NotableTicker>());

    private static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
