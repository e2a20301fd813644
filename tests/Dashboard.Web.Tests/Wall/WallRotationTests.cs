using Bunit;
using Bunit.TestDoubles;
using IOC.Dashboard.Components.Wall;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using WallPage = IOC.Dashboard.Components.Pages.Wall;

namespace IOC.Dashboard.Tests.Wall;

public sealed class WallRotationTests : WallTestBase
{
    private static readonly string Rotating = $"/wall?rotate={WallFixture.Department},{WallFixture.CommuneOne}&every=30&lang=en";

    private BunitNavigationManager Navigation => Context.Services.GetRequiredService<BunitNavigationManager>();

    [Fact]
    public void Wall_EveryIntervalPasses_MovesThroughTheUnitsAndBackToTheProvince()
    {
        var wall = RenderRotating();
        Assert.Equal(("Tỉnh Thử Nghiệm", "1/3"), (Text(wall, "unit-name"), Text(wall, "rotation")));

        Fixture.Advance(TimeSpan.FromSeconds(30));
        wall.WaitForAssertion(() => Assert.Equal(("Sở Tư pháp", "2/3"), (Text(wall, "unit-name"), Text(wall, "rotation"))));

        Fixture.Advance(TimeSpan.FromSeconds(30));
        wall.WaitForAssertion(() => Assert.Equal(("Xã Một", "3/3"), (Text(wall, "unit-name"), Text(wall, "rotation"))));

        Fixture.Advance(TimeSpan.FromSeconds(30));
        wall.WaitForAssertion(() => Assert.Equal(("Tỉnh Thử Nghiệm", "1/3"), (Text(wall, "unit-name"), Text(wall, "rotation"))));
        Assert.False(Query().ContainsKey("unit"));
    }

    [Fact]
    public void Wall_Rotating_KeepsLanguageAndRotationInTheAddressWithoutReloading()
    {
        var wall = RenderRotating();

        Fixture.Advance(TimeSpan.FromSeconds(30));
        wall.WaitForAssertion(() => Assert.Equal("Sở Tư pháp", Text(wall, "unit-name")));

        var query = Query();
        Assert.Equal(WallFixture.Department, query["unit"].ToString());
        Assert.Equal("en", query["lang"].ToString());
        Assert.Equal($"{WallFixture.Department},{WallFixture.CommuneOne}", query["rotate"].ToString());
        Assert.Equal("30", query["every"].ToString());
        // A reload would be a forced load; the circuit navigates in place.
        Assert.All(Navigation.History, entry => Assert.False(entry.Options.ForceLoad));
    }

    [Fact]
    public void Wall_NoRotation_ShowsNoIndicatorAndStays()
    {
        var wall = RenderWall();

        Fixture.Advance(WallRotation.DefaultInterval * 2);

        Assert.Empty(wall.FindAll("[data-testid='rotation']"));
        Assert.Equal("http://localhost/wall", Navigation.Uri);
    }

    [Fact]
    public async Task Wall_Disposed_StopsRotating()
    {
        RenderRotating();

        await Context.DisposeComponentsAsync();
        Fixture.Advance(TimeSpan.FromSeconds(60));

        Assert.DoesNotContain("unit=", Navigation.Uri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 30)]
    [InlineData("abc", 30)]
    [InlineData("0", 30)]
    [InlineData("2", 5)]
    [InlineData("45", 45)]
    public void Interval_Every_IsSecondsWithAFloor(string? every, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), WallRotation.Interval(every));

    [Fact]
    public void Stops_RepeatedAndBlankCodes_ProvinceFirstEachUnitOnce() =>
        Assert.Equal([null, "A", "B"], WallRotation.Stops("A, B,,A"));

    private IRenderedComponent<WallPage> RenderRotating()
    {
        Navigation.NavigateTo(Rotating);
        return Context.Render<WallPage>();
    }

    private Dictionary<string, Microsoft.Extensions.Primitives.StringValues> Query() =>
        QueryHelpers.ParseQuery(new Uri(Navigation.Uri).Query);
}
