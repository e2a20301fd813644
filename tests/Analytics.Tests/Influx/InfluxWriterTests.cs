using System.Net;
using IOC.Analytics.Influx;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace IOC.Analytics.Tests.Influx;

public sealed class InfluxWriterTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(7));

    private static readonly InfluxOptions Options = new()
    {
        Url = new Uri("http://influx.test:8086"),
        Database = "ioc",
        RetentionPolicy = "raw",
        FlushInterval = TimeSpan.FromHours(1),
        InitialRetryDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryDelay = TimeSpan.FromMilliseconds(20),
    };

    // The shutdown wait runs on the injected clock, which a fake never advances by itself: without a zero timeout a
    // failing test would hang in DisposeAsync instead of reporting.
    private static readonly InfluxOptions FakeClockOptions = Options with { ShutdownTimeout = TimeSpan.Zero };

    [Fact]
    public async Task FlushAsync_BufferedPoints_PostsThemAsOneUtf8BodyToWriteWithDbRpAndMsPrecision()
    {
        var handler = new StubInfluxHandler();
        await using var writer = new InfluxWriter(new HttpClient(handler), Options);
        writer.TryWrite(new Point("hồ_sơ", Start).Tag("unit", "Sở Tư pháp").Field("v", 1L));
        await writer.WriteAsync(Sample(2));

        await writer.FlushAsync().WaitAsync(Patience);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("http://influx.test:8086/write?db=ioc&rp=raw&precision=ms", request.Uri.AbsoluteUri);
        Assert.Equal("text/plain; charset=utf-8", request.ContentType);
        Assert.Equal([$@"hồ_sơ,unit=Sở\ Tư\ pháp v=1i {Start.ToUnixTimeMilliseconds()}", LineProtocol.Encode(Sample(2))], request.Lines);
        Assert.Equal(new InfluxWriterStats(2, 2, 0, 0, 0, null, null), writer.GetStats());
    }

    [Fact]
    public async Task Write_UrlWithPathPrefixAndDatabaseNeedingEscapes_KeepsThePrefixAndEscapesTheName()
    {
        var handler = new StubInfluxHandler();
        var options = Options with { Url = new Uri("http://proxy.test/influx"), Database = "số liệu&x", RetentionPolicy = null };
        await using var writer = new InfluxWriter(new HttpClient(handler), options);
        writer.TryWrite(Sample(1));

        await writer.FlushAsync().WaitAsync(Patience);

        Assert.Equal("http://proxy.test/influx/write?db=s%E1%BB%91%20li%E1%BB%87u%26x&precision=ms", Assert.Single(handler.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Write_MorePointsThanBatchSize_SendsBatchesOfAtMostBatchSizeInOrder()
    {
        var handler = new StubInfluxHandler();
        await using var writer = new InfluxWriter(new HttpClient(handler), Options with { BatchSize = 2 });
        for (var i = 0; i < 5; i++)
        {
            await writer.WriteAsync(Sample(i));
        }

        await writer.FlushAsync().WaitAsync(Patience);

        Assert.All(handler.Requests, request => Assert.InRange(request.Lines.Count, 1, 2));
        Assert.Equal(Enumerable.Range(0, 5).Select(i => LineProtocol.Encode(Sample(i))), handler.Requests.SelectMany(r => r.Lines));
    }

    [Fact]
    public async Task Write_FlushIntervalPassesOnTheInjectedClock_SendsWithoutAFlush()
    {
        var time = new FakeTimeProvider(Start);
        var handler = new StubInfluxHandler();
        await using var writer = new InfluxWriter(new HttpClient(handler), FakeClockOptions with { FlushInterval = TimeSpan.FromSeconds(5) }, time);
        writer.TryWrite(Sample(1));
        writer.TryWrite(Sample(2));

        var sent = new List<string>();
        while (sent.Count < 2)
        {
            var arrival = handler.NextAsync();
            while (!arrival.IsCompleted)
            {
                time.Advance(TimeSpan.FromSeconds(5));
                await Task.WhenAny(arrival, Task.Delay(20));
            }
            sent.AddRange((await arrival).Lines);
        }

        Assert.Equal([LineProtocol.Encode(Sample(1)), LineProtocol.Encode(Sample(2))], sent);
    }

    [Fact]
    public async Task Write_ServerAnswers503WithRetryAfter_WaitsThatLongThenResendsTheSameBatch()
    {
        var time = new RecordingTimeProvider();
        var handler = new StubInfluxHandler().Then(HttpStatusCode.ServiceUnavailable, """{"error":"overloaded"}""", TimeSpan.FromSeconds(7));
        await using var writer = new InfluxWriter(new HttpClient(handler), FakeClockOptions with { MaxRetryDelay = TimeSpan.FromSeconds(30) }, time);
        writer.TryWrite(Sample(1));
        writer.TryWrite(Sample(2));
        var flush = writer.FlushAsync();
        var first = await handler.NextAsync();

        await time.WaitForTimerAsync(TimeSpan.FromSeconds(7));
        Assert.False(flush.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(7));
        var second = await handler.NextAsync();
        await flush.WaitAsync(Patience);

        Assert.Equal(first.Lines, second.Lines);
        var stats = writer.GetStats();
        Assert.Equal((2, 1, 0L), (stats.Written, stats.Retries, stats.BufferDepth));
        Assert.Equal("503 overloaded", stats.LastFailure);
    }

    [Fact]
    public async Task Write_NetworkErrorsThen429ThenSuccess_RetriesTheSameBatchUntilWrittenOnce()
    {
        var handler = new StubInfluxHandler().ThenNetworkError().ThenNetworkError().Then(HttpStatusCode.TooManyRequests);
        await using var writer = new InfluxWriter(new HttpClient(handler), Options);
        for (var i = 0; i < 3; i++)
        {
            writer.TryWrite(Sample(i));
        }

        await writer.FlushAsync().WaitAsync(Patience);

        Assert.Equal(4, handler.Requests.Count);
        Assert.All(handler.Requests, request => Assert.Equal(handler.Requests[0].Lines, request.Lines));
        var stats = writer.GetStats();
        Assert.Equal((3L, 3L, 0L, 3L), (stats.Buffered, stats.Written, stats.Rejected, stats.Retries));
    }

    [Fact]
    public async Task Write_Server400PartialWrite_CountsTheDroppedAsRejectedLogsTheMessageAndDoesNotRetry()
    {
        const string Message = "partial write: field type conflict: input field \\\"v\\\" on measurement \\\"m\\\" is type string, already exists as type float dropped=1";
        var handler = new StubInfluxHandler().Then(HttpStatusCode.BadRequest, $$"""{"error":"{{Message}}"}""");
        var logger = new ListLogger<InfluxWriter>();
        await using var writer = new InfluxWriter(new HttpClient(handler), Options, logger: logger);
        for (var i = 0; i < 3; i++)
        {
            writer.TryWrite(Sample(i));
        }
        await writer.FlushAsync().WaitAsync(Patience);
        writer.TryWrite(Sample(3));

        await writer.FlushAsync().WaitAsync(Patience);

        Assert.Equal(2, handler.Requests.Count);
        var stats = writer.GetStats();
        Assert.Equal((4L, 3L, 1L, 0L, 0L), (stats.Buffered, stats.Written, stats.Rejected, stats.Retries, stats.BufferDepth));
        Assert.StartsWith("400 partial write: field type conflict", stats.LastRejection, StringComparison.Ordinal);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("field type conflict", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Write_Server404WithoutDroppedCount_RejectsTheWholeBatch()
    {
        var handler = new StubInfluxHandler().Then(HttpStatusCode.NotFound, """{"error":"database not found: \"ioc\""}""");
        await using var writer = new InfluxWriter(new HttpClient(handler), Options);
        writer.TryWrite(Sample(1));
        writer.TryWrite(Sample(2));

        await writer.FlushAsync().WaitAsync(Patience);

        var stats = writer.GetStats();
        Assert.Equal((0L, 2L), (stats.Written, stats.Rejected));
        Assert.Equal("404 database not found: \"ioc\"", stats.LastRejection);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task TryWrite_BufferFull_ReturnsFalseWhileWriteAsyncWaitsForRoom()
    {
        using var gate = new SemaphoreSlim(0);
        var handler = new StubInfluxHandler { Gate = gate };
        await using var writer = new InfluxWriter(new HttpClient(handler), Options with { BatchSize = 1, BufferCapacity = 2 });
        Assert.True(writer.TryWrite(Sample(1)));
        await handler.NextAsync();

        Assert.True(writer.TryWrite(Sample(2)));
        Assert.True(writer.TryWrite(Sample(3)));
        Assert.False(writer.TryWrite(Sample(4)));
        var waiting = writer.WriteAsync(Sample(4));
        Assert.False(waiting.IsCompleted);
        Assert.Equal(3, writer.GetStats().BufferDepth);

        gate.Release(100);
        await waiting.AsTask().WaitAsync(Patience);
        await writer.FlushAsync().WaitAsync(Patience);

        Assert.Equal(Enumerable.Range(1, 4).Select(i => LineProtocol.Encode(Sample(i))), handler.Requests.SelectMany(r => r.Lines));
        Assert.Equal((4L, 4L, 0L), (writer.GetStats().Buffered, writer.GetStats().Written, writer.GetStats().BufferDepth));
    }

    [Fact]
    public async Task WriteAsync_CancelledWhileWaitingForRoom_ThrowsAndDoesNotCountThePoint()
    {
        using var gate = new SemaphoreSlim(0);
        var handler = new StubInfluxHandler { Gate = gate };
        await using var writer = new InfluxWriter(new HttpClient(handler), Options with { BatchSize = 1, BufferCapacity = 1 });
        writer.TryWrite(Sample(1));
        await handler.NextAsync();
        writer.TryWrite(Sample(2));
        using var cancel = new CancellationTokenSource();

        var waiting = writer.WriteAsync(Sample(3), cancel.Token).AsTask();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Patience));
        Assert.Equal(2, writer.GetStats().Buffered);
        gate.Release(100);
    }

    [Fact]
    public async Task FlushAsync_NothingBuffered_CompletesWithoutARequest()
    {
        var handler = new StubInfluxHandler();
        await using var writer = new InfluxWriter(new HttpClient(handler), Options);

        await writer.FlushAsync().WaitAsync(Patience);

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task DisposeAsync_PointsBuffered_WritesThemBeforeReturning()
    {
        var handler = new StubInfluxHandler();
        var writer = new InfluxWriter(new HttpClient(handler), Options);
        for (var i = 0; i < 3; i++)
        {
            writer.TryWrite(Sample(i));
        }

        await writer.DisposeAsync().AsTask().WaitAsync(Patience);

        Assert.Equal(3, handler.Requests.SelectMany(r => r.Lines).Count());
        Assert.Equal(3, writer.GetStats().Written);
    }

    [Fact]
    public async Task DisposeAsync_ServerDownBeyondShutdownTimeout_GivesUpAndLogsHowManyPointsWereNotWritten()
    {
        var handler = new StubInfluxHandler { Down = true };
        var logger = new ListLogger<InfluxWriter>();
        var writer = new InfluxWriter(new HttpClient(handler),
            Options with { FlushInterval = TimeSpan.FromMilliseconds(10), ShutdownTimeout = TimeSpan.FromMilliseconds(300) }, logger: logger);
        for (var i = 0; i < 3; i++)
        {
            writer.TryWrite(Sample(i));
        }
        await handler.NextAsync();

        await writer.DisposeAsync().AsTask().WaitAsync(Patience);

        var stats = writer.GetStats();
        Assert.Equal((0L, 3L), (stats.Written, stats.BufferDepth));
        Assert.True(stats.Retries > 0);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("3 points never written", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TryWriteAndWriteAsyncAndFlush_AfterDispose_ThrowObjectDisposed()
    {
        var writer = new InfluxWriter(new HttpClient(new StubInfluxHandler()), Options);
        await writer.DisposeAsync();

        Assert.Throws<ObjectDisposedException>(() => writer.TryWrite(Sample(1)));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => writer.WriteAsync(Sample(1)).AsTask());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => writer.FlushAsync());
    }

    [Fact]
    public void Constructor_InvalidOptions_Throws()
    {
        using var http = new HttpClient(new StubInfluxHandler());

        Assert.Throws<ArgumentOutOfRangeException>(() => new InfluxWriter(http, Options with { BatchSize = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InfluxWriter(http, Options with { BufferCapacity = 0 }));
        Assert.Throws<ArgumentException>(() => new InfluxWriter(http, Options with { Database = " " }));
    }

    private static Point Sample(int i) => new Point("m", Start.AddMilliseconds(i)).Field("v", i);
}
