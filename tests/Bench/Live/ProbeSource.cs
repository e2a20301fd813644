using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace IOC.Bench.Live;

/// <summary>
/// One posted probe: the received count of its lane (unit and channel) it brings about, when its POST left (Stopwatch ticks and Unix milliseconds,
/// both clocks of this machine) and when the 202 came back.
/// </summary>
public sealed record ProbeEvent(ProbeLane Lane, int Count, long SentTimestamp, double SentUnixMilliseconds, long AnsweredTimestamp)
{
    /// <summary>Milliseconds from the POST to its 202 (durable in PostgreSQL).</summary>
    public double AnsweredMilliseconds => Stopwatch.GetElapsedTime(SentTimestamp, AnsweredTimestamp).TotalMilliseconds;
}

/// <summary>
/// A source posting one new dossier (a <c>received</c> event) per request to a probe unit, on a channel. It counts what it
/// posted to each lane, so the k-th probe of a lane is the one that makes the unit's received count of that channel k.
/// </summary>
public sealed class ProbeSource(Uri ingestion, string procedure) : IDisposable
{
    public const string Prefix = "PROBE-";

    private readonly ConcurrentDictionary<ProbeLane, int> _posted = new();
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64 })
    {
        BaseAddress = ingestion,
        Timeout = TimeSpan.FromMinutes(1),
        DefaultRequestHeaders = { { "X-Api-Key", LiveStack.IngestKey } },
    };

    /// <summary>
    /// Posts the lane's next probe and returns it once answered 202. Callers post to one lane one at a time, so probes of
    /// a lane are committed in the order of their counts.
    /// </summary>
    public async Task<ProbeEvent> PostAsync(ProbeLane lane)
    {
        var count = _posted.AddOrUpdate(lane, 1, (_, n) => n + 1);
        var (unit, channel) = (lane.Unit, lane.Channel);
        var code = $"{Prefix}{unit}-{channel}-{count}";
        var body = JsonSerializer.Serialize(new[]
        {
            new
            {
                eventId = code, dossierCode = code, type = "received", unitCode = unit, procedureCode = procedure, channel,
                occurredAt = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-ddTHH:mm:ss.fffzzz"),
            },
        });
        var sent = Stopwatch.GetTimestamp();
        var sentUnix = (DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).TotalMilliseconds;
        while (true)
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await _http.PostAsync("api/v1/events", content);
            if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }
            var answer = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.Accepted || !answer.Contains("\"accepted\":1", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"POST of probe {code} answered {(int)response.StatusCode}: {answer}");
            }
            return new ProbeEvent(lane, count, sent, sentUnix, Stopwatch.GetTimestamp());
        }
    }

    /// <summary>The probes posted to the lane so far: its received count once they are all counted.</summary>
    public int Posted(ProbeLane lane) => _posted.GetValueOrDefault(lane);

    public void Dispose() => _http.Dispose();
}
