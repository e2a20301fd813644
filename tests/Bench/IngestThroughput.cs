using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Storage;
using IOC.Testing.Servers;
using Npgsql;

namespace IOC.Bench;

/// <summary>
/// Figure 1 and 4: events/s through the real Ingestion process, HTTP → durable event log (202 only once committed) →
/// dossier projection, with several sources posting batches of 1,000 at once; and the process's memory afterwards.
/// </summary>
public static class IngestThroughput
{
    private const string Part = "1. Ingest: HTTP → PostgreSQL event log → projection (real Ingestion process)";
    private const int BatchSize = 1_000;
    private const int Sources = 4;
    private const int WarmupBatches = 10;
    private const string ApiKey = "bench";

    public static async Task RunAsync(PostgresServer postgres, InfluxServer influx, DemoCatalog catalog, string publishFolder, int events,
        DateTimeOffset now, Figures figures)
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var batches = Batches(catalog, now, WarmupBatches + (events + BatchSize - 1) / BatchSize);
        Progress.Say($"Ingest: starting Ingestion; {batches.Count - WarmupBatches} batches of {BatchSize} events ready");
        await using var ingestion = await PublishedService.StartAsync(publishFolder, "IOC.Ingestion.dll", new Dictionary<string, string>
        {
            ["IOC_PG"] = connectionString,
            ["IOC_INFLUX_URL"] = influx.Url.ToString(),
            ["IOC_INGEST_API_KEY"] = ApiKey,
        });
        using (var migrated = new CancellationTokenSource(TimeSpan.FromMinutes(1)))
        {
            await new SchemaMigrator(dataSource).WaitForVersionAsync(SchemaMigrator.RequiredVersion, TimeSpan.FromMilliseconds(200),
                migrated.Token);
        }
        using var http = Client(ingestion.Url);
        await PutAsync(http, "api/v1/catalog/units", catalog.UnitsJson);
        await PutAsync(http, "api/v1/catalog/procedures", catalog.ProceduresJson);

        await PostAllAsync(ingestion.Url, batches.Take(WarmupBatches).ToList());
        await WaitForProjectionAsync(dataSource);
        Progress.Say($"Ingest: warm-up done; posting from {Sources} sources");

        var started = Stopwatch.GetTimestamp();
        var accepted = await PostAllAsync(ingestion.Url, batches.Skip(WarmupBatches).ToList());
        var posted = Stopwatch.GetElapsedTime(started);
        await WaitForProjectionAsync(dataSource);
        var projected = Stopwatch.GetElapsedTime(started);

        figures.Add(Part, $"accepted (202 'accepted' / wall time, {Sources} sources)", accepted / posted.TotalSeconds, "events/s",
            "≥ 25,000 events/s");
        figures.Add(Part, "end to end (until the projection caught up)", accepted / projected.TotalSeconds, "events/s", "≥ 25,000 events/s");
        figures.Add(Part, "events accepted in the timed run", accepted, "events");
        figures.Add(Part, "projection lag after the last 202", (projected - posted).TotalSeconds, "s");
        figures.Add(Figures.MemoryPart, "Ingestion VmRSS after the ingest run", ingestion.ResidentMiB(), "MiB");
        figures.Add(Figures.MemoryPart, "Ingestion VmHWM (peak) during the run", ingestion.PeakResidentMiB(), "MiB");
    }

    /// <summary>The request bodies: JSON arrays of the events of generated dossiers, cut into batches of 1,000.</summary>
    private static List<byte[]> Batches(DemoCatalog catalog, DateTimeOffset now, int count)
    {
        var generator = new DossierGenerator(catalog, now, "ING-");
        var events = new List<DossierEvent>(count * BatchSize);
        for (var first = 0; events.Count < count * BatchSize; first += 10_000)
        {
            events.AddRange(generator.Chunk(first, 10_000).SelectMany(d => SyntheticEvents.Of(d, now)));
        }
        return events.Take(count * BatchSize).Chunk(BatchSize)
            .Select(batch => Encoding.UTF8.GetBytes("[" + string.Join(',', batch.Select(EventJson.Serialize)) + "]"))
            .ToList();
    }

    /// <summary>Posts every batch from several concurrent sources; returns the events the service accepted.</summary>
    private static async Task<long> PostAllAsync(Uri url, IReadOnlyList<byte[]> batches)
    {
        var next = -1;
        long accepted = 0;
        await Task.WhenAll(Enumerable.Range(0, Sources).Select(async _ =>
        {
            using var http = Client(url);
            int index;
            while ((index = Interlocked.Increment(ref next)) < batches.Count)
            {
                Interlocked.Add(ref accepted, await PostAsync(http, batches[index]));
            }
        }));
        return accepted;
    }

    private static async Task<int> PostAsync(HttpClient http, byte[] body)
    {
        while (true)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync("api/v1/events", content);
            if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }
            var answer = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                throw new InvalidOperationException($"POST /api/v1/events answered {(int)response.StatusCode}: {answer}");
            }
            using var json = JsonDocument.Parse(answer);
            var rejected = json.RootElement.GetProperty("rejected");
            if (rejected.GetArrayLength() > 0)
            {
                throw new InvalidOperationException($"The service rejected generated events: {rejected[0]}");
            }
            return json.RootElement.GetProperty("accepted").GetInt32();
        }
    }

    private static async Task PutAsync(HttpClient http, string path, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PutAsync(path, content);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"PUT {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task WaitForProjectionAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT coalesce((SELECT seq FROM projection_checkpoint WHERE name = '{DossierProjection.Name}'), 0) " +
            ">= coalesce((SELECT max(seq) FROM dossier_event), 0)");
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (await command.ExecuteScalarAsync() is not true)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The projection did not catch up with the event log within 10 minutes");
            }
            await Task.Delay(50);
        }
    }

    private static HttpClient Client(Uri url) => new()
    {
        BaseAddress = url,
        Timeout = TimeSpan.FromMinutes(2),
        DefaultRequestHeaders = { { "X-Api-Key", ApiKey } },
    };
}
