using IOC.Analytics.Calendar;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Storage;
using IOC.Testing;
using IOC.Testing.Servers;

namespace IOC.Analytics.Tests.Dossiers;

/// <summary>
/// DOMAIN.md §3: a calendar edit recomputes only open dossiers whose due time was computed, never closed ones.
/// Khai sinh (1 working day): one received Fri 04/12/2026 09:00 (due Mon 07/12 09:00) still open; one received Thu 03/12
/// 09:00 (due Fri 04/12 09:00) resolved Fri 04/12 10:00, on time. Then Fri 04/12 and Mon 07/12 become days off: the open
/// one, received on a day off now, starts its clock Tue 08/12 07:00 and is due Wed 09/12 07:00; the closed one keeps its due.
/// </summary>
public sealed class CalendarEditTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task CalendarEdit_OpenComputedDueMovesClosedDueStays()
    {
        var seeder = new ProvinceSeeder(database.DataSource);
        var catalog = await seeder.LoadCatalogAsync();
        await seeder.AppendAndProjectAsync(catalog,
        [
            Event("open-in", "HS-OPEN", DossierEventType.Received, "2026-12-04T09:00:00+07:00"),
            Event("closed-in", "HS-CLOSED", DossierEventType.Received, "2026-12-03T09:00:00+07:00"),
            Event("closed-out", "HS-CLOSED", DossierEventType.Resolved, "2026-12-04T10:00:00+07:00"),
        ]);
        var store = new DossierStore(database.DataSource);
        var before = await store.ReadAsync(["HS-OPEN", "HS-CLOSED"], CancellationToken.None);
        Assert.Equal(At("2026-12-07T09:00:00+07:00"), before["HS-OPEN"].DueAt);

        await ExecuteAsync("""
            INSERT INTO calendar_day (day, kind, name) VALUES ('2026-12-04', 'day_off', 'Nghỉ bù'), ('2026-12-07', 'day_off', 'Nghỉ bù');
            UPDATE calendar_year SET version = version + 1 WHERE year = 2026;
            """);
        var edited = await new CalendarStore(database.DataSource).LoadAsync();
        var projection = new DossierProjection(new EventLog(database.DataSource), store);
        var recomputed = await projection.RecomputeForCalendarAsync(catalog, edited, CancellationToken.None);
        await seeder.AppendAndProjectAsync(catalog, [Event("closed-rating", "HS-CLOSED", DossierEventType.Rating, "2026-12-08T10:00:00+07:00", rating: Rating.Satisfied)]);

        var after = await store.ReadAsync(["HS-OPEN", "HS-CLOSED"], CancellationToken.None);
        Assert.Equal(1, recomputed);
        Assert.Equal(At("2026-12-09T07:00:00+07:00"), after["HS-OPEN"].DueAt);
        Assert.Equal(edited.Version, after["HS-OPEN"].CalendarVersion);
        Assert.Equal(At("2026-12-04T09:00:00+07:00"), after["HS-CLOSED"].DueAt);
        Assert.Equal(before["HS-CLOSED"].CalendarVersion, after["HS-CLOSED"].CalendarVersion);
        Assert.Equal(nameof(Timeliness.OnTime), after["HS-CLOSED"].Timeliness);
        Assert.Equal(Rating.Satisfied, after["HS-CLOSED"].Rating);
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static DossierEvent Event(string id, string code, string type, string at, string? rating = null) =>
        new(id, code, type, At(at), IOC.Testing.TestCatalog.CommuneA, IOC.Testing.TestCatalog.BirthRegistration,
            type == DossierEventType.Received ? Channel.Online : null, Rating: rating);

    private async Task ExecuteAsync(string sql)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
