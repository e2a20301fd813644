using System.Globalization;
using System.Text.Json;
using IOC.Analytics.Storage;
using IOC.Analytics.Time;
using IOC.Ingestion.Import;
using IOC.Ingestion.Simulator;
using IOC.Ingestion.Tests.Simulator;
using IOC.Testing;

namespace IOC.Ingestion.Tests.Import;

public sealed class ImportEndToEndTests(IngestionApp app) : IClassFixture<IngestionApp>, IAsyncLifetime
{
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = app.CreateSourceClient();
        await _client.LoadTestCatalogAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Import_NdjsonWithTwoBadEvents_SummaryEqualsWhatPostgresHolds()
    {
        var events = GeneratedWeek(weeksAgo: 3).Select(EventJson.Serialize).ToList();
        var unknownUnit = JsonSerializer.Serialize(new
        {
            eventId = "bad-unit", dossierCode = "HS-BAD-1", type = "received", occurredAt = "2026-01-05T08:00:00+07:00",
            unitCode = "000.09.09.T01", procedureCode = TestCatalog.BirthRegistration,
        });
        const string noDossierCode = "{\"eventId\":\"bad-code\",\"type\":\"received\",\"occurredAt\":\"2026-01-05T08:00:00+07:00\",\"unitCode\":\"000.01.01.T01\",\"procedureCode\":\"9.000101\"}";
        var file = await WriteAsync(".ndjson", [.. events.Take(1_500), unknownUnit, .. events.Skip(1_500), noDossierCode, "not json at all"]);

        var tally = await ImportAsync(file);

        Assert.True(events.Count > 2_000, $"{events.Count} events");
        Assert.Equal(events.Count, tally.Accepted);
        Assert.Equal(0, tally.Duplicates);
        Assert.Equal(3, tally.Rejected);
        Assert.Equal(tally.Accepted, await CountAsync("dossier_event", IdsOf(events)));
        Assert.Equal(2, await CountAsync("dead_letter", ["bad-unit", "bad-code"]));
        Assert.Contains(tally.FirstRejections, r => r.StartsWith("line 1501 (eventId bad-unit): unknown unit '000.09.09.T01'", StringComparison.Ordinal));
        Assert.Contains(tally.FirstRejections, r => r.StartsWith($"line {events.Count + 2} (eventId bad-code): dossierCode is required", StringComparison.Ordinal));
        Assert.Contains(tally.FirstRejections, r => r.StartsWith($"line {events.Count + 3}: not valid JSON", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondRunGivesOnlyDuplicates()
    {
        var events = GeneratedWeek(weeksAgo: 5).Select(EventJson.Serialize).ToList();
        var file = await WriteAsync(".ndjson", events);

        var first = await ImportAsync(file);
        var second = await ImportAsync(file);

        Assert.Equal(((long)events.Count, 0L, 0L), (first.Accepted, first.Duplicates, first.Rejected));
        Assert.Equal((0L, (long)events.Count, 0L), (second.Accepted, second.Duplicates, second.Rejected));
        Assert.Equal(events.Count, await CountAsync("dossier_event", IdsOf(events)));
    }

    [Fact]
    public async Task Import_Csv_StoresEveryRowAsTheSameEventNdjsonWould()
    {
        var events = GeneratedWeek(weeksAgo: 7).Take(400).ToList();
        var rows = events.Select(e => string.Join(',', e.EventId, e.DossierCode, e.Type, e.OccurredAt.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            e.UnitCode, e.ProcedureCode, e.Channel, e.Digitized?.ToString().ToLowerInvariant(), e.Amount?.ToString(CultureInfo.InvariantCulture), e.PaidOnline?.ToString().ToLowerInvariant(),
            e.Rating, "\"Bộ phận một cửa, xã Hòa Bình\""));
        var file = await WriteAsync(".csv",
            ["eventId,dossierCode,type,occurredAt,unitCode,procedureCode,channel,digitized,amount,paidOnline,rating,note", .. rows]);

        var tally = await ImportAsync(file);

        Assert.Equal(((long)events.Count, 0L, 0L), (tally.Accepted, tally.Duplicates, tally.Rejected));
        var again = await WriteAsync(".ndjson", events.Select(EventJson.Serialize));
        Assert.Equal(events.Count, (await ImportAsync(again)).Duplicates);
    }

    private static List<IOC.Analytics.Dossiers.DossierEvent> GeneratedWeek(int weeksAgo)
    {
        var today = ProvinceTime.DateOf(DateTimeOffset.UtcNow);
        var monday = today.AddDays(-7 * weeksAgo - ((int)today.DayOfWeek + 6) % 7);
        var generator = DossierTrafficGeneratorTests.Generator(seed: 11, volume: new TrafficVolume(200));
        return generator.History(monday, ProvinceTime.StartOf(monday.AddDays(7))).Take(7).SelectMany(day => day).ToList();
    }

    private async Task<IngestTally> ImportAsync(string file) =>
        await new EventFileImport(new EventPoster(_client, TimeProvider.System), new ProgressBar(TextWriter.Null)).RunAsync(file, CancellationToken.None);

    private static async Task<string> WriteAsync(string extension, IEnumerable<string> lines)
    {
        var file = Path.Combine(Path.GetTempPath(), $"ioc-import-{Guid.NewGuid():N}{extension}");
        await File.WriteAllLinesAsync(file, lines);
        return file;
    }

    private static string[] IdsOf(IEnumerable<string> events) =>
        events.Select(e => JsonDocument.Parse(e).RootElement.GetProperty("eventId").GetString()!).ToArray();

    private async Task<long> CountAsync(string table, string[] eventIds)
    {
        await using var command = app.Database.DataSource.CreateCommand($"SELECT count(*) FROM {table} WHERE event_id = ANY(@ids)");
        command.Parameters.AddWithValue("ids", eventIds);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
