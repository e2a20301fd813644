using System.Net;
using System.Text;
using System.Threading.Channels;

namespace IOC.Analytics.Tests.Influx;

/// <summary>A fake InfluxDB <c>/write</c>: records every request and answers with what the test scripted, 204 once the script runs out.</summary>
internal sealed class StubInfluxHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> _answers = new();
    private readonly Channel<RecordedWrite> _arrivals = Channel.CreateUnbounded<RecordedWrite>();
    private readonly List<RecordedWrite> _requests = [];

    public SemaphoreSlim? Gate { get; init; }

    /// <summary>Answer every request beyond the script with a refused connection instead of 204.</summary>
    public bool Down { get; init; }

    public IReadOnlyList<RecordedWrite> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public StubInfluxHandler Then(HttpStatusCode status, string? body = null, TimeSpan? retryAfter = null)
    {
        _answers.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body ?? "") };
            if (retryAfter is { } delay)
            {
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(delay);
            }
            return response;
        });
        return this;
    }

    public StubInfluxHandler ThenNetworkError()
    {
        _answers.Enqueue(() => throw new HttpRequestException("Connection refused (stub)"));
        return this;
    }

    /// <summary>The next request to arrive (or one that already arrived and was not taken yet).</summary>
    public async Task<RecordedWrite> NextAsync() => await _arrivals.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(60));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetString(await request.Content!.ReadAsByteArrayAsync(cancellationToken));
        var recorded = new RecordedWrite(request.RequestUri!, body.Split('\n'), request.Content.Headers.ContentType?.ToString());
        lock (_requests)
        {
            _requests.Add(recorded);
        }
        _arrivals.Writer.TryWrite(recorded);
        if (Gate is not null)
        {
            await Gate.WaitAsync(cancellationToken);
        }
        Func<HttpResponseMessage>? answer;
        lock (_answers)
        {
            _answers.TryDequeue(out answer);
        }
        if (answer is null && Down)
        {
            throw new HttpRequestException("Connection refused (stub)");
        }
        return answer?.Invoke() ?? new HttpResponseMessage(HttpStatusCode.NoContent);
    }
}

internal sealed record RecordedWrite(Uri Uri, IReadOnlyList<string> Lines, string? ContentType);
