using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace IOC.Bench.Live;

/// <summary>
/// One posted probe: the unit's received count it brings about, when its POST left (Stopwatch ticks and Unix milliseconds,
/// both clocks of this machine) and when the 202 came back.
/// </summary>
public sealed record ProbeEvent(string Unit, int Count, long SentTimestamp, double SentUnixMilliseconds, long AnsweredTimestamp)
{
    /// <summary>Milliseconds from the POST to its 202 (durable in PostgreSQL).</summary>
    public double AnsweredMilliseconds => Stopwatch.GetElapsedTime(SentTimestamp, AnsweredTimestamp).TotalMilliseconds;
}

/// <summary>
/// A source posting one new dossier (a <c>received</c> event, online) per request to a probe unit. It counts what it
/// posted to each unit, so the k-th probe of a unit is the one that makes the unit's received count k.
/// </summary>
public sealed class ProbeSource(Uri ingestion, string procedure) : IDisposable
{
    public const string Prefix = "PROBE-";

    private readonly ConcurrentDictionary<string, int> _posted = new(StringComparer.Ordinal);
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64 })
    {
        BaseAddress = ingestion,
        Timeout = TimeSpan.FromMinutes(1),
        DefaultRequestHeaders = { { "X-Api-Key", LiveStack.IngestKey } },
    };

    /// <summary>
    /// Posts the unit's next probe and returns it once answered 202. Callers post to one unit one at a time, so probes of
    /// a unit are committed in the order of their counts.
    /// </summary>
    public async Task<ProbeEvent> PostAsync(string unit)
    {
        var count = _posted.AddOrUpdate(unit, 1, (_, n) => n + 1);
        var code = $"{Prefix}{unit}-{count}";
        var body = JsonSerializer.Serialize(new[]
        {
            new
            {
                eventId = code, dossierCode = code, type = "received", unitCode = unit, procedureCode = procedure, channel = "online",
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
            return new ProbeEvent(unit, count, sent, sentUnix, Stopwatch.GetTimestamp());
        }
    }

    /// <summary>The probes posted to the unit so far: its received count once they are all counted.</summary>
    public int Posted(string unit) => _posted.GetValueOrDefault(unit);

    public void Dispose() => _http.Dispose();
}
