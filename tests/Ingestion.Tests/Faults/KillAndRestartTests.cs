using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using IOC.Testing;
using IOC.Testing.Servers;

namespace IOC.Ingestion.Tests.Faults;

public sealed class KillAndRestartTests
{
    private const int Batches = 60;
    private const int DossiersPerBatch = 100;

    [Fact]
    public async Task Ingestion_KilledMidStreamAndRestarted_LosesNothingAndCountsNothingTwice()
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        var influx = await InfluxServer.SharedAsync();
        var environment = new Dictionary<string, string>
        {
            ["IOC_PG"] = database.ConnectionString,
            ["IOC_INFLUX_URL"] = influx.Url.ToString(),
            ["IOC_INGEST_API_KEY"] = IngestionApp.ApiKey,
        };
        await using var service = new ServiceProcess("IOC.Ingestion.dll", environment);
        await service.StartAsync();
        using var client = new HttpClient { BaseAddress = service.Url, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", IngestionApp.ApiKey);
        await client.LoadTestCatalogAsync();
        var batches = Enumerable.Range(0, Batches).Select(Batch).ToList();
        var acknowledged = new ConcurrentBag<string>();

        var sending = SendAllAsync(client, batches, acknowledged);
        await Eventually.TrueAsync(() => Task.FromResult(acknowledged.Count >= Batches * DossiersPerBatch), TimeSpan.FromSeconds(120));
        service.Kill();
        await sending;
        var acknowledgedBeforeKill = acknowledged.Distinct().ToList();
        await service.StartAsync();
        var answers = await SendAllAsync(client, batches, new ConcurrentBag<string>());

        var duplicates = answers.Sum(a => a.GetProperty("duplicates").GetInt32());
        var accepted = answers.Sum(a => a.GetProperty("accepted").GetInt32());
        Assert.Equal(Batches, answers.Count);
        Assert.Equal(Batches * DossiersPerBatch * 2, duplicates + accepted);
        Assert.True(acknowledgedBeforeKill.Count < Batches * DossiersPerBatch * 2, "the kill came before the last batch");
        Assert.True(duplicates >= acknowledgedBeforeKill.Count, "every event acknowledged before the kill is a duplicate after it");
        await Eventually.TrueAsync(async () => await ScalarAsync(database, "SELECT count(*) FROM dossier") == Batches * DossiersPerBatch,
            TimeSpan.FromSeconds(120), "the projection to catch up after the restart");
        Assert.Equal(Batches * DossiersPerBatch * 2L, await ScalarAsync(database, "SELECT count(*) FROM dossier_event"));
        Assert.Equal(Batches * DossiersPerBatch * 1L,
            await ScalarAsync(database, "SELECT count(*) FROM dossier WHERE outcome = 'received' AND closure = 'Resolved'"));
        var stored = await ScalarAsync(database, $"SELECT count(*) FROM dossier_event WHERE event_id = ANY('{{{string.Join(',', acknowledgedBeforeKill)}}}')");
        Assert.Equal(acknowledgedBeforeKill.Count, stored);
        await database.DisposeAsync();
    }

    /// <summary>Sends every batch, retrying each until it is answered 202, as a source does.</summary>
    private static async Task<List<JsonElement>> SendAllAsync(HttpClient client, IReadOnlyList<object[]> batches, ConcurrentBag<string> acknowledged)
    {
        var answers = new List<JsonElement>();
        foreach (var batch in batches)
        {
            try
            {
                using var response = await client.PostAsJsonAsync("/api/v1/events", batch);
                if (response.StatusCode != System.Net.HttpStatusCode.Accepted)
                {
                    continue;
                }
                answers.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
                foreach (var e in batch)
                {
                    acknowledged.Add(JsonSerializer.SerializeToElement(e).GetProperty("eventId").GetString()!);
                }
            }
            catch (HttpRequestException)
            {
                // The service died under this request: nothing of it was acknowledged, the source sends it again later.
            }
        }
        return answers;
    }

    private static object[] Batch(int batch) => Enumerable.Range(0, DossiersPerBatch).SelectMany(i =>
    {
        var code = $"HS-K-{batch:D3}-{i:D3}";
        return new object[]
        {
            SourceClient.Received(code + "-in", code, "2026-11-16T08:00:00+07:00"),
            new { eventId = code + "-out", dossierCode = code, type = "resolved", occurredAt = "2026-11-17T08:00:00+07:00",
                unitCode = TestCatalog.CommuneA, procedureCode = TestCatalog.BirthRegistration },
        };
    }).ToArray();

    private static async Task<long> ScalarAsync(PostgresDatabase database, string sql)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
