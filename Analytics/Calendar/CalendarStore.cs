using System.Data;
using Npgsql;

namespace IOC.Analytics.Calendar;

/// <summary>
/// Keeps the working calendar in PostgreSQL (<c>calendar_year</c>, <c>calendar_day</c>, <c>office_hours</c>): seeds the
/// shipped years once, and loads the calendar the services compute due times with.
/// </summary>
/// <remarks>
/// An administrator edits the calendar on the admin page, which sends <see cref="EditAsync"/>'s edits through
/// Ingestion's <c>PUT /api/v1/catalog/calendar</c>. By hand, the same is done in SQL, in one transaction: insert, update
/// or delete the <c>calendar_day</c> rows of a year (or change <c>office_hours</c>), then <c>UPDATE calendar_year SET version = version + 1,
/// updated_at = now() WHERE year = …</c>; entering a government notice for a provisional year also sets
/// <c>provisional = false</c> and <c>source</c>. The calendar's version is the sum of the year versions, so the bump is
/// what tells the services that due times computed with the old calendar are stale. Add the <c>calendar_year</c> row
/// before the days of a new year, and never delete a year: either would leave the version unchanged or make it go back.
/// </remarks>
public sealed class CalendarStore(NpgsqlDataSource dataSource)
{
    /// <summary>Seeds the years shipped with this build; see <see cref="SeedAsync(IReadOnlyList{CalendarYear}, CancellationToken)"/>.</summary>
    public Task<int> SeedAsync(CancellationToken cancellationToken = default) =>
        SeedAsync(CalendarData.ShippedYears, cancellationToken);

    /// <summary>
    /// Inserts each year, with its days, only when the database does not hold that year yet, so an administrator's edits
    /// are never overwritten; safe to run from several services at once. Returns the number of years inserted.
    /// </summary>
    public async Task<int> SeedAsync(IReadOnlyList<CalendarYear> years, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var inserted = 0;
        foreach (var year in years)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var insertYear = new NpgsqlCommand(
                """
                INSERT INTO calendar_year (year, provisional, source, version) VALUES (@year, @provisional, @source, @version)
                ON CONFLICT (year) DO NOTHING
                """, connection, transaction);
            insertYear.Parameters.AddWithValue("year", year.Year);
            insertYear.Parameters.AddWithValue("provisional", year.Provisional);
            insertYear.Parameters.AddWithValue("source", year.Source);
            insertYear.Parameters.AddWithValue("version", year.Version);
            if (await insertYear.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                await InsertDaysAsync(connection, transaction, year.Days, cancellationToken);
                inserted++;
            }
            await transaction.CommitAsync(cancellationToken);
        }
        return inserted;
    }

    /// <summary>
    /// Applies an administrator's edits in one transaction, as the remarks above describe: each day's row is written or
    /// removed, a year without a row gets one (provisional), and every year touched gets a new version, so the services
    /// recompute the due times the old calendar gave. Returns the new version of each year touched.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, int>> EditAsync(IReadOnlyList<CalendarDayEdit> edits, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var years = edits.Select(edit => edit.Date.Year).Distinct().Order().ToArray();
        await using (var insertYears = new NpgsqlCommand(
            """
            INSERT INTO calendar_year (year, provisional, source, version)
            SELECT year, true, 'administrator', 1 FROM unnest(@years) AS year ON CONFLICT (year) DO NOTHING
            """, connection, transaction))
        {
            insertYears.Parameters.AddWithValue("years", years);
            await insertYears.ExecuteNonQueryAsync(cancellationToken);
        }
        foreach (var edit in edits)
        {
            await using var write = new NpgsqlCommand(edit.Kind is null
                ? "DELETE FROM calendar_day WHERE day = @day"
                : "INSERT INTO calendar_day (day, kind, name) VALUES (@day, @kind, @name) ON CONFLICT (day) DO UPDATE SET kind = @kind, name = @name",
                connection, transaction);
            write.Parameters.AddWithValue("day", edit.Date);
            write.Parameters.AddWithValue("kind", edit.Kind ?? "");
            write.Parameters.AddWithValue("name", edit.Name);
            await write.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var bump = new NpgsqlCommand(
            "UPDATE calendar_year SET version = version + 1, updated_at = now() WHERE year = ANY(@years) RETURNING year, version",
            connection, transaction);
        bump.Parameters.AddWithValue("years", years);
        var versions = new Dictionary<int, int>();
        await using (var reader = await bump.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                versions[reader.GetInt32(0)] = reader.GetInt32(1);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return versions;
    }

    /// <summary>The calendar as the tables hold it now, read in one snapshot so days and versions agree.</summary>
    public async Task<WorkingCalendar> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var officeHours = await ReadOfficeHoursAsync(connection, transaction, cancellationToken);
        var days = await ReadDaysAsync(connection, transaction, cancellationToken);
        var years = await ReadYearsAsync(connection, transaction, days, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new WorkingCalendar(officeHours, years);
    }

    private static async Task InsertDaysAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<CalendarDay> days, CancellationToken cancellationToken)
    {
        // Day rows entered by hand before their year row was there are the administrator's: keep them.
        await using var command = new NpgsqlCommand(
            "INSERT INTO calendar_day (day, kind, name) SELECT * FROM unnest(@days, @kinds, @names) ON CONFLICT (day) DO NOTHING",
            connection, transaction);
        command.Parameters.AddWithValue("days", days.Select(d => d.Date).ToArray());
        command.Parameters.AddWithValue("kinds", days.Select(d => d.Kind).ToArray());
        command.Parameters.AddWithValue("names", days.Select(d => d.Name).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<OfficeHours> ReadOfficeHoursAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT morning_start, morning_end, afternoon_start, afternoon_end FROM office_hours", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new OfficeHours(reader.GetFieldValue<TimeOnly>(0), reader.GetFieldValue<TimeOnly>(1), reader.GetFieldValue<TimeOnly>(2),
                reader.GetFieldValue<TimeOnly>(3))
            : OfficeHours.Default;
    }

    private static async Task<ILookup<int, CalendarDay>> ReadDaysAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT day, kind, name FROM calendar_day ORDER BY day", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var days = new List<CalendarDay>();
        while (await reader.ReadAsync(cancellationToken))
        {
            days.Add(new CalendarDay(reader.GetFieldValue<DateOnly>(0), reader.GetString(1), reader.GetString(2)));
        }
        return days.ToLookup(d => d.Date.Year);
    }

    private static async Task<List<CalendarYear>> ReadYearsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        ILookup<int, CalendarDay> days, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT year, provisional, source, version FROM calendar_year ORDER BY year", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var years = new List<CalendarYear>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var year = reader.GetInt32(0);
            years.Add(new CalendarYear(year, reader.GetBoolean(1), reader.GetString(2), reader.GetInt32(3), days[year].ToList()));
        }
        // Days entered without their year row still count: a forgotten row must not silently reopen a holiday.
        years.AddRange(days.Where(g => years.All(y => y.Year != g.Key)).Select(g =>
            new CalendarYear(g.Key, provisional: true, "calendar_day rows without a calendar_year row", version: 0, g.ToList())));
        return years;
    }
}
