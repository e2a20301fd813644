using Npgsql;

namespace IOC.Dashboard.Reports;

/// <summary>A stored revision of a report, as listed (without its files).</summary>
/// <param name="SentAt">When an administrator marked this revision as sent up the reporting chain; null when not.</param>
public sealed record ArchivedReport(string Period, string UnitCode, int Revision, DateTimeOffset GeneratedAt, string Checksum,
    DateTimeOffset? SentAt = null, string? SentBy = null);

/// <summary>A stored revision with its files and figures; <paramref name="Pdf"/> null until it was first printed.</summary>
public sealed record ArchivedFiles(ArchivedReport Report, string Figures, byte[] Xlsx, string Html, byte[]? Pdf);

/// <summary>
/// The <c>report_revision</c> table. Storing takes a transaction-scoped advisory lock on (period, unit), reads the
/// latest revision and adds one only when the figures differ, so two instances storing the same report at once make
/// one revision, and the primary key would refuse a second anyway.
/// </summary>
public sealed class ReportArchive(NpgsqlDataSource dataSource)
{
    /// <summary>Stores the report unless the latest revision has the same figures; the new revision's number, or null.</summary>
    public async Task<int?> StoreAsync(string period, string unitCode, DateTimeOffset generatedAt, ReportFigures figures, byte[] xlsx,
        string html, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended(@key, 0))", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("key", $"report {period} {unitCode}");
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var latest = new NpgsqlCommand(
            "SELECT revision, checksum FROM report_revision WHERE period = @period AND unit_code = @unit ORDER BY revision DESC LIMIT 1",
            connection, transaction);
        latest.Parameters.AddWithValue("period", period);
        latest.Parameters.AddWithValue("unit", unitCode);
        var (revision, checksum) = (0, "");
        await using (var reader = await latest.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                (revision, checksum) = (reader.GetInt32(0), reader.GetString(1));
            }
        }
        if (checksum == figures.Checksum())
        {
            return null;
        }
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO report_revision (period, unit_code, revision, generated_at, checksum, figures, xlsx, html)
            VALUES (@period, @unit, @revision, @at, @checksum, @figures::jsonb, @xlsx, @html)
            """, connection, transaction);
        insert.Parameters.AddWithValue("period", period);
        insert.Parameters.AddWithValue("unit", unitCode);
        insert.Parameters.AddWithValue("revision", revision + 1);
        insert.Parameters.AddWithValue("at", generatedAt);
        insert.Parameters.AddWithValue("checksum", figures.Checksum());
        insert.Parameters.AddWithValue("figures", figures.ToJson());
        insert.Parameters.AddWithValue("xlsx", xlsx);
        insert.Parameters.AddWithValue("html", html);
        await insert.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return revision + 1;
    }

    /// <summary>A revision with its files: the latest, or the one named; null when there is none.</summary>
    public async Task<ArchivedFiles?> FindAsync(string period, string unitCode, int? revision, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT period, unit_code, revision, generated_at, checksum, figures::text, xlsx, html, pdf FROM report_revision
            WHERE period = @period AND unit_code = @unit AND (@revision::integer IS NULL OR revision = @revision)
            ORDER BY revision DESC LIMIT 1
            """);
        command.Parameters.AddWithValue("period", period);
        command.Parameters.AddWithValue("unit", unitCode);
        command.Parameters.Add(new NpgsqlParameter<int?>("revision", revision));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new ArchivedFiles(Read(reader), reader.GetString(5), reader.GetFieldValue<byte[]>(6), reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetFieldValue<byte[]>(8))
            : null;
    }

    /// <summary>Every stored revision of a unit's reports, the newest period first.</summary>
    public async Task<IReadOnlyList<ArchivedReport>> ListAsync(string unitCode, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT period, unit_code, revision, generated_at, checksum, sent_at, sent_by FROM report_revision WHERE unit_code = @unit ORDER BY generated_at DESC, revision DESC");
        command.Parameters.AddWithValue("unit", unitCode);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var reports = new List<ArchivedReport>();
        while (await reader.ReadAsync(cancellationToken))
        {
            reports.Add(ReadListed(reader));
        }
        return reports;
    }

    /// <summary>Marks a revision as sent up the reporting chain; false when there is no such revision or it is marked already.</summary>
    public async Task<bool> MarkSentAsync(string period, string unitCode, int revision, string by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE report_revision SET sent_at = @at, sent_by = @by WHERE period = @period AND unit_code = @unit AND revision = @revision AND sent_at IS NULL");
        command.Parameters.AddWithValue("at", at);
        command.Parameters.AddWithValue("by", by);
        command.Parameters.AddWithValue("period", period);
        command.Parameters.AddWithValue("unit", unitCode);
        command.Parameters.AddWithValue("revision", revision);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Keeps the PDF printed from a revision's page.</summary>
    public async Task KeepPdfAsync(ArchivedReport report, byte[] pdf, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE report_revision SET pdf = @pdf WHERE period = @period AND unit_code = @unit AND revision = @revision AND pdf IS NULL");
        command.Parameters.AddWithValue("pdf", pdf);
        command.Parameters.AddWithValue("period", report.Period);
        command.Parameters.AddWithValue("unit", report.UnitCode);
        command.Parameters.AddWithValue("revision", report.Revision);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The latest revisions of a period not printed as PDF yet, at most <paramref name="most"/>, with their pages.</summary>
    public async Task<IReadOnlyList<(ArchivedReport Report, string Html)>> AwaitingPdfAsync(string period, int most, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT period, unit_code, revision, generated_at, checksum, html FROM (
                SELECT DISTINCT ON (unit_code) period, unit_code, revision, generated_at, checksum, html, pdf IS NULL AS awaiting
                FROM report_revision WHERE period = @period ORDER BY unit_code, revision DESC) latest
            WHERE awaiting ORDER BY unit_code LIMIT @most
            """);
        command.Parameters.AddWithValue("period", period);
        command.Parameters.AddWithValue("most", most);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var awaiting = new List<(ArchivedReport, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            awaiting.Add((Read(reader), reader.GetString(5)));
        }
        return awaiting;
    }

    /// <summary>The figures of every revision of a unit's report for a period, oldest first.</summary>
    public async Task<IReadOnlyList<(int Revision, ReportFigures Figures)>> FiguresAsync(string period, string unitCode, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT revision, figures::text FROM report_revision WHERE period = @period AND unit_code = @unit ORDER BY revision");
        command.Parameters.AddWithValue("period", period);
        command.Parameters.AddWithValue("unit", unitCode);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var revisions = new List<(int, ReportFigures)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            revisions.Add((reader.GetInt32(0), ReportFigures.FromJson(reader.GetString(1))));
        }
        return revisions;
    }

    /// <summary>The latest revision of each unit's report for a period, by unit code.</summary>
    public async Task<IReadOnlyList<ArchivedReport>> LatestOfPeriodAsync(string period, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT DISTINCT ON (unit_code) period, unit_code, revision, generated_at, checksum, sent_at, sent_by
            FROM report_revision WHERE period = @period ORDER BY unit_code, revision DESC
            """);
        command.Parameters.AddWithValue("period", period);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var reports = new List<ArchivedReport>();
        while (await reader.ReadAsync(cancellationToken))
        {
            reports.Add(ReadListed(reader));
        }
        return reports;
    }

    /// <summary>The (period, unit) pairs stored so far whose latest revision exists, for the scheduler to skip.</summary>
    public async Task<IReadOnlySet<(string Period, string Unit)>> StoredAsync(IReadOnlyCollection<string> periods, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT DISTINCT period, unit_code FROM report_revision WHERE period = ANY(@periods)");
        command.Parameters.AddWithValue("periods", periods.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var stored = new HashSet<(string, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            stored.Add((reader.GetString(0), reader.GetString(1)));
        }
        return stored;
    }

    // A listed revision: the five columns of Read, then sent_at and sent_by.
    private static ArchivedReport ReadListed(NpgsqlDataReader reader) => Read(reader) with
    {
        SentAt = reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
        SentBy = reader.IsDBNull(6) ? null : reader.GetString(6),
    };

    private static ArchivedReport Read(NpgsqlDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetFieldValue<DateTimeOffset>(3), reader.GetString(4));
}
