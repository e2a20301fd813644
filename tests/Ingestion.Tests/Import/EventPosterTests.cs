using System.Net;
using System.Text;
using IOC.Ingestion.Import;

namespace IOC.Ingestion.Tests.Import;

public sealed class EventPosterTests
{
    [Fact]
    public async Task Post_ServiceShedsLoadThenIsDown_SendsTheSameBatchAgainAfterRetryAfter()
    {
        var service = new ScriptedService(
            _ => Answer(HttpStatusCode.TooManyRequests, retryAfter: 0),
            _ => Answer(HttpStatusCode.ServiceUnavailable, retryAfter: 0),
            body => Accepted(body.Split('\n').Length));

        var answer = await Poster(service).PostAsync(["{\"eventId\":\"a\"}", "{\"eventId\":\"b\"}"], CancellationToken.None);

        Assert.Equal(2, answer.Accepted);
        Assert.Equal(3, service.Bodies.Count);
        Assert.All(service.Bodies, body => Assert.Equal("{\"eventId\":\"a\"}\n{\"eventId\":\"b\"}", body));
    }

    [Fact]
    public async Task Post_BodyTooLarge_SplitsTheBatchAndKeepsRejectedIndicesInPlace()
    {
        var service = new ScriptedService(
            _ => Answer(HttpStatusCode.RequestEntityTooLarge),
            _ => Accepted(2),
            _ => new HttpResponseMessage(HttpStatusCode.Accepted)
            {
                Content = new StringContent("{\"accepted\":1,\"duplicates\":0,\"rejected\":[{\"index\":1,\"eventId\":\"d\",\"errors\":[\"unknown unit 'X'\"]}]}"),
            });

        var answer = await Poster(service).PostAsync(["{}", "{}", "{}", "{}"], CancellationToken.None);

        Assert.Equal(3, answer.Accepted);
        Assert.Equal(3, Assert.Single(answer.Rejected).Index);
    }

    [Fact]
    public async Task Post_WrongKey_FailsNamingTheKey()
    {
        var service = new ScriptedService(_ => Answer(HttpStatusCode.Unauthorized));

        var failure = await Assert.ThrowsAsync<IngestRefusedException>(() => Poster(service).PostAsync(["{}"], CancellationToken.None));

        Assert.Contains("401", failure.Message, StringComparison.Ordinal);
        Assert.Contains("IOC_INGEST_API_KEY", failure.Message, StringComparison.Ordinal);
    }

    private static EventPoster Poster(ScriptedService service) =>
        new(new HttpClient(service) { BaseAddress = new Uri("http://ingestion.test/") }, TimeProvider.System);

    private static HttpResponseMessage Answer(HttpStatusCode status, int? retryAfter = null)
    {
        var response = new HttpResponseMessage(status);
        if (retryAfter is { } seconds)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        }
        return response;
    }

    private static HttpResponseMessage Accepted(int count) => new(HttpStatusCode.Accepted)
    {
        Content = new StringContent($"{{\"accepted\":{count},\"duplicates\":0,\"rejected\":[]}}", Encoding.UTF8, "application/json"),
    };

    /// <summary>Answers each request with the next scripted answer and keeps the bodies it was sent.</summary>
    private sealed class ScriptedService(params Func<string, HttpResponseMessage>[] answers) : HttpMessageHandler
    {
        public List<string> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Assert.Equal("/api/v1/events", request.RequestUri!.AbsolutePath);
            Assert.Equal("application/x-ndjson", request.Content!.Headers.ContentType!.MediaType);
            var body = await request.Content.ReadAsStringAsync(cancellationToken);
            Bodies.Add(body);
            return answers[Bodies.Count - 1](body);
        }
    }
}
