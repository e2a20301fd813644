using System.Collections.Concurrent;

namespace IOC.Analytics.Tests.Influx;

/// <summary>Passes requests to the real server and counts the <c>/write</c> requests and the lines each carried.</summary>
internal sealed class CountingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentQueue<int> _linesPerWrite = new();

    public IReadOnlyList<int> LinesPerWrite => [.. _linesPerWrite];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri!.AbsolutePath.EndsWith("/write", StringComparison.Ordinal))
        {
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            _linesPerWrite.Enqueue(body.Split('\n').Length);
        }
        return await base.SendAsync(request, cancellationToken);
    }
}
