using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;
using IOC.Testing.Servers;

namespace IOC.Analytics.Tests.Calendar;

public sealed class CalendarStoreEditTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Load_AdministratorEntersTheNoticeFor2027_SeesTheEditAndANewVersionThatSeedingKeeps()
    {
        var store = new CalendarStore(database.DataSource);
        await store.SeedAsync();
        var before = await store.LoadAsync();

        // The 2027 notice, as an administrator would enter it: Friday 12/02 off in exchange for Saturday 20/02.
        await using (var edit = database.DataSource.CreateCommand(
            """
            INSERT INTO calendar_day (day, kind, name) VALUES ('2027-02-12', 'day_off', 'Nghỉ hoán đổi (làm bù thứ Bảy 20/02)'),
                ('2027-02-20', 'working', 'Làm bù cho thứ Sáu 12/02');
            UPDATE calendar_year SET provisional = false, source = 'Thông báo của Bộ Nội vụ', version = version + 1, updated_at = now()
            WHERE year = 2027;
            """))
        {
            await edit.ExecuteNonQueryAsync();
        }
        await store.SeedAsync();
        var after = await store.LoadAsync();

        Assert.True(before.IsWorkingDay(new(2027, 2, 12)));
        Assert.False(after.IsWorkingDay(new(2027, 2, 12)));
        Assert.True(after.IsWorkingDay(new(2027, 2, 20)));
        Assert.False(after.IsProvisional(2027));
        Assert.Equal(before.Version + 1, after.Version);
    }

    [Fact]
    public async Task Load_OfficeHoursEdited_DueTimesFollowTheNewHours()
    {
        var store = new CalendarStore(database.DataSource);
        await store.SeedAsync();
        await using (var edit = database.DataSource.CreateCommand(
            "UPDATE office_hours SET morning_start = '07:30', afternoon_start = '13:00'; UPDATE calendar_year SET version = version + 1 WHERE year = 2026"))
        {
            await edit.ExecuteNonQueryAsync();
        }

        var calendar = await store.LoadAsync();

        Assert.Equal(new OfficeHours(new(7, 30), new(11, 30), new(13, 0), new(17, 0)), calendar.OfficeHours);
        Assert.Equal(Local.At(2026, 3, 9, 13, 30), calendar.DueAt(Local.At(2026, 3, 9, 7), new Deadline(4.5m, DeadlineUnit.Hours)));
    }
}
