using IOC.Analytics.Calendar;
using IOC.Testing.Servers;

namespace IOC.Analytics.Tests.Calendar;

public sealed class CalendarStoreSeedTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Seed_Twice_InsertsTheShippedYearsOnceAndLoadsTheShippedCalendar()
    {
        var store = new CalendarStore(database.DataSource);

        var first = await store.SeedAsync();
        var second = await store.SeedAsync();
        var loaded = await store.LoadAsync();

        Assert.Equal(CalendarData.ShippedYears.Count, first);
        Assert.Equal(0, second);
        await using var count = database.DataSource.CreateCommand("SELECT count(*) FROM calendar_day");
        Assert.Equal((long)CalendarData.ShippedYears.Sum(y => y.Days.Count), await count.ExecuteScalarAsync());
        var shipped = CalendarData.ShippedCalendar();
        Assert.Equal(shipped.Version, loaded.Version);
        Assert.Equal(OfficeHours.Default, loaded.OfficeHours);
        Assert.Equal(shipped.Years.Select(y => (y.Year, y.Provisional, y.Source)), loaded.Years.Select(y => (y.Year, y.Provisional, y.Source)));
        Assert.Equal(shipped.Years.SelectMany(y => y.Days), loaded.Years.SelectMany(y => y.Days));
    }
}
