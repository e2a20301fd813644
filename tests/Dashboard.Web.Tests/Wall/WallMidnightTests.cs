using Bunit;

namespace IOC.Dashboard.Tests.Wall;

/// <summary>The wall two seconds before midnight of 23/11, when the fixture's two dossiers of the day are today's.</summary>
public sealed class WallMidnightTests() : WallTestBase(new WallFixture(DateTimeOffset.Parse("2026-11-23T23:59:58+07:00", System.Globalization.CultureInfo.InvariantCulture)))
{
    [Fact]
    public void Midnight_IngestionPublishes_TodayStartsAgain()
    {
        var wall = RenderWall();
        Assert.Equal("2", Text(wall, "today-received-value"));

        Fixture.Advance(TimeSpan.FromSeconds(3));

        wall.WaitForAssertion(() => Assert.Equal("0", Text(wall, "today-received-value")));
    }

    [Fact]
    public void Midnight_NothingPublishedForTheNewDay_TodayIsCountedFromTheFacts()
    {
        var wall = RenderWall();
        Assert.Equal("2", Text(wall, "today-received-value"));
        Fixture.Ingestion.Dispose();

        Fixture.Advance(TimeSpan.FromSeconds(3));

        wall.WaitForAssertion(() => Assert.Equal("0", Text(wall, "today-received-value")));
        Assert.Equal("0", Text(wall, "today-resolved-value"));
    }
}
