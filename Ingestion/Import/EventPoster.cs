using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IOC.Analytics.Validation;

namespace IOC.Ingestion.Import;

/// <summary>
/// Posts batches of events (one JSON text each) to <c>POST /api/v1/events</c> as NDJSON. When the service sheds load
/// (429) or its store is down (503) it waits as long as <c>Retry-After</c> says and sends the same batch again; a batch
/// over the body limit (413) is split in halves. Only answers retrying cannot fix end the attempt.
/// </summary>
public sealed class EventPoster(HttpClient client, TimeProvider time, int transientAttempts = 8)
{
    private const string Path = "api/v1/events";
    private static readonly JsonSerializerOptions AnswerJson = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan LongestBackoff = TimeSpan.FromSeconds(30);

    /// <summary>The service's answer to the batch, its indices relative to <paramref name="events"/>.</summary>
    public async Task<IngestAnswer> PostAsync(IReadOnlyList<string> events, CancellationToken cancellationToken)
    {
        var failures = 0;
        while (true)
        {
            HttpResponseMessage response;
            try
            {
                using var content = new StringContent(string.Join('\n', events), Encoding.UTF8, "application/x-ndjson");
                response = await client.PostAsync(Path, content, cancellationToken);
            }
            catch (HttpRequestException) when (++failures < transientAttempts)
            {
                await Task.Delay(Backoff(failures), time, cancellationToken);
                continue;
            }
            using (response)
            {
                switch (response.StatusCode)
                {
                    case HttpStatusCode.Accepted:
                        return JsonSerializer.Deserialize<IngestAnswer>(await response.Content.ReadAsStringAsync(cancellationToken), AnswerJson)
                            ?? throw new IngestRefusedException("the service answered 202 without a body");
                    case HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable:
                        await Task.Delay(RetryAfter(response.Headers.RetryAfter), time, cancellationToken);
                        continue;
                    case HttpStatusCode.RequestEntityTooLarge when events.Count > 1:
                        return await PostHalvesAsync(events, cancellationToken);
                    case >= HttpStatusCode.InternalServerError when ++failures < transientAttempts:
                        await Task.Delay(Backoff(failures), time, cancellationToken);
                        continue;
                    default:
                        throw new IngestRefusedException(await DescribeAsync(response, cancellationToken));
                }
            }
        }
    }

    private async Task<IngestAnswer> PostHalvesAsync(IReadOnlyList<string> events, CancellationToken cancellationToken)
    {
        var half = events.Count / 2;
        var first = await PostAsync(events.Take(half).ToList(), cancellationToken);
        var second = await PostAsync(events.Skip(half).ToList(), cancellationToken);
        return new IngestAnswer(first.Accepted + second.Accepted, first.Duplicates + second.Duplicates,
            [.. first.Rejected, .. second.Rejected.Select(r => r with { Index = r.Index + half })]);
    }

    private TimeSpan RetryAfter(RetryConditionHeaderValue? header)
    {
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : TimeSpan.FromSeconds(1));
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestBackoff ? LongestBackoff : wait;
    }

    private static TimeSpan Backoff(int failures) => TimeSpan.FromSeconds(Math.Min(LongestBackoff.TotalSeconds, Math.Pow(2, failures - 1)));

    private static async Task<string> DescribeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var hint = response.StatusCode == HttpStatusCode.Unauthorized ? " (check the API key: --key or IOC_INGEST_API_KEY)" : "";
        return $"the service answered {(int)response.StatusCode} {response.ReasonPhrase}{hint}{(body.Length > 0 ? ": " + body : "")}";
    }
}
