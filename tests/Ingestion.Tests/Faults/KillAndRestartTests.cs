using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using IOC.Testing;
using IOC.Testing.Servers;
using Npgsql;

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
        await using var service = new ServiceProcess("IOC.Ingestion.dll", Settings(database.ConnectionString, influx));
        await service.StartAsync();
        using var client = Client(service);
        await client.LoadTestCatalogAsync();
        var batches = Enumerable.Range(0, Batches).Select(Batch).ToList();
        var acknowledged = new ConcurrentBag<string>();

        // Killed right after the 202 of the middle batch, so the batches after it are refused, never half-taken.
        await SendAllAsync(client, batches, acknowledged, afterAcknowledged: b => { if (b == Batches / 2 - 1) { service.Kill(); } });
        var acknowledgedBeforeKill = acknowledged.Distinct().ToList();
        var storedBeforeResend = await CountStoredAsync(database.DataSource, acknowledgedBeforeKill);
        await service.StartAsync();
        var answers = await SendAllAsync(client, batches, new ConcurrentBag<string>());

        var duplicates = answers.Sum(a => a.GetProperty("duplicates").GetInt32());
        var accepted = answers.Sum(a => a.GetProperty("accepted").GetInt32());
        Assert.Equal(Batches / 2 * DossiersPerBatch * 2, acknowledgedBeforeKill.Count);
        Assert.Equal(acknowledgedBeforeKill.Count, storedBeforeResend);
        Assert.Equal(Batches, answers.Count);
        Assert.Equal(acknowledgedBeforeKill.Count, duplicates);
        Assert.Equal(Batches * DossiersPerBatch * 2 - acknowledgedBeforeKill.Count, accepted);
        await Eventually.TrueAsync(async () => await ScalarAsync(database.DataSource, "SELECT count(*) FROM dossier") == Batches * DossiersPerBatch,
            TimeSpan.FromSeconds(120), "the projection to catch up after the restart");
        Assert.Equal(Batches * DossiersPerBatch * 2L, await ScalarAsync(database.DataSource, "SELECT count(*) FROM dossier_event"));
        Assert.Equal(Batches * DossiersPerBatch * 1L,
            await ScalarAsync(database.DataSource, "SELECT count(*) FROM dossier WHERE outcome = 'received' AND closure = 'Resolved'"));
        await database.DisposeAsync();
    }

    [Fact]
    public async Task PostgreSqlKilledRightAfterABurstOf202_EveryAcknowledgedEventIsThereAfterItsRestart()
    {
        // PostgreSQL with its crash-safe defaults (fsync, synchronous_commit, full_page_writes on), as ./ioc run starts it.
        await using var postgres = await PostgresServer.StartNewAsync(durable: true);
        var connectionString = await postgres.CreateDatabaseAsync();
        var influx = await InfluxServer.SharedAsync();
        await using var service = new ServiceProcess("IOC.Ingestion.dll", Settings(connectionString, influx));
        await service.StartAsync();
        using var client = Client(service);
        await client.LoadTestCatalogAsync();
        var acknowledged = new ConcurrentBag<string>();

        await SendAllAsync(client, Enumerable.Range(0, Batches / 3).Select(Batch).ToList(), acknowledged);
        postgres.Kill();
        service.Kill();
        await postgres.StartAsync();

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var ids = acknowledged.Distinct().ToList();
        Assert.Equal(Batches / 3 * DossiersPerBatch * 2, ids.Count);
        Assert.Equal(ids.Count, await CountStoredAsync(dataSource, ids));
    }

    /// <summary>
    /// Sends every batch once, as a source does, keeping the answers of those acknowledged with 202; a batch that is not
    /// acknowledged the source sends again later.
    /// </summary>
    private static async Task<List<JsonElement>> SendAllAsync(HttpClient client, IReadOnlyList<object[]> batches,
        ConcurrentBag<string> acknowledged, Action<int>? afterAcknowledged = null)
    {
        var answers = new List<JsonElement>();
        for (var b = 0; b < batches.Count; b++)
        {
            var batch = batches[b];
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
                afterAcknowledged?.Invoke(b);
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

    private static Dictionary<string, string> Settings(string connectionString, InfluxServer influx) => new()
    {
        ["IOC_PG"] = connectionString,
        ["IOC_INFLUX_URL"] = influx.Url.ToString(),
        ["IOC_INGEST_API_KEY"] = IngestionApp.ApiKey,
    };

    private static HttpClient Client(ServiceProcess service)
    {
        var client = new HttpClient { BaseAddress = service.Url, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", IngestionApp.ApiKey);
        return client;
    }

    /// <summary>How many of exactly these event ids PostgreSQL holds.</summary>
    private static async Task<long> CountStoredAsync(NpgsqlDataSource dataSource, IReadOnlyList<string> eventIds)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM dossier_event WHERE event_id = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = eventIds.ToArray() });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
