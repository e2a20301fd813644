using IOC.Analytics.Calendar;
using IOC.Dashboard.Charts;
using IOC.Dashboard.Live;
using IOC.Testing.Servers;
using Microsoft.Extensions.Logging.Abstractions;

namespace IOC.Dashboard.Tests.Charts;

/// <summary>The charts' working calendar comes from the real PostgreSQL, an administrator's edits included.</summary>
public sealed class CalendarRefresherTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly DateOnly Friday = new(2026, 11, 20);

    [Fact]
    public async Task Load_EmptyDatabaseThenAnEditedDayOff_ShippedCalendarUntilSeededThenTheEdit()
    {
        var store = new CalendarStore(database.DataSource);
        var refresher = new CalendarRefresher(store, TimeProvider.System, NullLogger<CalendarRefresher>.Instance);

        Assert.False(await refresher.LoadAsync(CancellationToken.None));
        Assert.False(refresher.Current.IsWorkingDay(new DateOnly(2026, 4, 27)));
        Assert.True(refresher.Current.IsWorkingDay(Friday));

        await store.SeedAsync();
        // The province gives Friday 20/11 off, as an administrator enters it.
        await using (var edit = database.DataSource.CreateCommand(
            """
            INSERT INTO calendar_day (day, kind, name) VALUES ('2026-11-20', 'day_off', 'Nghỉ theo quyết định của tỉnh');
            UPDATE calendar_year SET version = version + 1, updated_at = now() WHERE year = 2026;
            """))
        {
            await edit.ExecuteNonQueryAsync();
        }

        Assert.True(await refresher.LoadAsync(CancellationToken.None));
        Assert.False(refresher.Current.IsWorkingDay(Friday));
        Assert.Equal([new DateOnly(2026, 11, 19), new DateOnly(2026, 11, 18)],
            HourlyReceipts.WorkingDaysBefore(new DateOnly(2026, 11, 23), refresher.Current, 2));
    }
}
