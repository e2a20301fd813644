using IOC.Analytics.Time;
using IOC.Ingestion.Import;
using IOC.Ingestion.Simulator;
using IOC.Ingestion.Tests.Simulator;

namespace IOC.Ingestion.Tests.Import;

public sealed class BackfillEndToEndTests(IngestionApp app) : IClassFixture<IngestionApp>
{
    [Fact]
    public async Task Backfill_TwoMonthsThenAgainWithTheSameSeed_SummaryEqualsPostgresAndTheRerunGivesDuplicates()
    {
        var client = app.CreateSourceClient();
        await client.LoadTestCatalogAsync();
        var generator = DossierTrafficGeneratorTests.Generator(seed: 3, volume: new TrafficVolume(40));
        var firstNow = DateTimeOffset.UtcNow;
        var from = ProvinceTime.DateOf(firstNow).AddMonths(-2);

        var first = await BackfillAsync(client, generator, from, firstNow);
        var stored = await CountAsync("SELECT count(*) FROM dossier_event");
        var second = await BackfillAsync(client, generator, from, DateTimeOffset.UtcNow);

        Assert.Equal(generator.History(from, firstNow).Sum(day => (long)day.Count), first.Accepted);
        Assert.Equal((0L, 0L), (first.Duplicates, first.Rejected));
        Assert.Equal(first.Accepted, stored);
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM dead_letter"));
        Assert.Equal(first.Accepted, second.Duplicates);
        Assert.Equal(0L, second.Rejected);
        Assert.Equal(stored + second.Accepted, await CountAsync("SELECT count(*) FROM dossier_event"));
    }

    private static Task<IngestTally> BackfillAsync(HttpClient client, DossierTrafficGenerator generator, DateOnly from, DateTimeOffset now) =>
        new HistoryBackfill(new EventPoster(client, TimeProvider.System), new ProgressBar(TextWriter.Null)).RunAsync(generator, from, now, CancellationToken.None);

    private async Task<long> CountAsync(string sql)
    {
        await using var command = app.Database.DataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
