using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IOC.Analytics.Influx;

/// <summary>
/// Writes points to InfluxDB's <c>/write</c> in the background: a bounded queue in front, batches of at most
/// <see cref="InfluxOptions.BatchSize"/> sent when full or after <see cref="InfluxOptions.FlushInterval"/>, failed batches kept
/// and retried with backoff until InfluxDB takes them. Nothing is dropped silently: a full queue makes <see cref="WriteAsync"/>
/// wait and <see cref="TryWrite"/> return <see langword="false"/>, and points InfluxDB refuses (4xx) are logged and counted.
/// </summary>
public sealed class InfluxWriter : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly InfluxOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Uri _endpoint;
    private readonly RetryDelay _retryDelay;
    private readonly Channel<WriteEntry> _queue;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private long _buffered;
    private long _written;
    private long _rejected;
    private long _retries;
    private string? _lastRejection;
    private string? _lastFailure;
    private int _disposed;

    /// <summary>Starts the background loop; <paramref name="http"/>'s timeout bounds each request.</summary>
    public InfluxWriter(HttpClient http, InfluxOptions options, TimeProvider? timeProvider = null, ILogger<InfluxWriter>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _http = http;
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _endpoint = InfluxEndpoints.Write(options);
        _retryDelay = new RetryDelay(options.InitialRetryDelay, options.MaxRetryDelay, Random.Shared.NextDouble);
        _queue = Channel.CreateBounded<WriteEntry>(new BoundedChannelOptions(options.BufferCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues a point if there is room.</summary>
    /// <returns><see langword="false"/> when the queue is full: the point was not taken and stays the caller's.</returns>
    /// <exception cref="ArgumentException">The point has no field.</exception>
    /// <exception cref="ObjectDisposedException">The writer is disposed.</exception>
    public bool TryWrite(Point point)
    {
        var line = LineProtocol.Encode(point);
        if (_queue.Writer.TryWrite(new WriteEntry(line, null)))
        {
            Interlocked.Increment(ref _buffered);
            return true;
        }
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return false;
    }

    /// <summary>Queues a point, waiting for room while the queue is full (back-pressure).</summary>
    /// <exception cref="ArgumentException">The point has no field.</exception>
    /// <exception cref="ObjectDisposedException">The writer is disposed.</exception>
    public async ValueTask WriteAsync(Point point, CancellationToken cancellationToken = default)
    {
        var line = LineProtocol.Encode(point);
        await EnqueueAsync(new WriteEntry(line, null), cancellationToken);
        Interlocked.Increment(ref _buffered);
    }

    /// <summary>Sends what is buffered now and waits until all of it is written or rejected; while InfluxDB is down it keeps waiting.</summary>
    /// <exception cref="ObjectDisposedException">The writer is disposed.</exception>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await EnqueueAsync(new WriteEntry(null, flushed), cancellationToken);
        await flushed.Task.WaitAsync(cancellationToken);
    }

    /// <summary>The counters as of now.</summary>
    public InfluxWriterStats GetStats()
    {
        var written = Interlocked.Read(ref _written);
        var rejected = Interlocked.Read(ref _rejected);
        var buffered = Interlocked.Read(ref _buffered);
        return new InfluxWriterStats(buffered, written, rejected, Interlocked.Read(ref _retries),
            Math.Max(0, buffered - written - rejected), Volatile.Read(ref _lastRejection), Volatile.Read(ref _lastFailure));
    }

    /// <summary>
    /// Stops taking points and keeps sending the buffered ones for up to <see cref="InfluxOptions.ShutdownTimeout"/>; what is
    /// still unwritten then is logged as an error with its count.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        _queue.Writer.TryComplete();
        try
        {
            await _loop.WaitAsync(_options.ShutdownTimeout, _time);
        }
        catch (TimeoutException)
        {
            await _stopping.CancelAsync();
            await _loop;
        }
        _stopping.Dispose();
    }

    private async ValueTask EnqueueAsync(WriteEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await _queue.Writer.WriteAsync(entry, cancellationToken);
        }
        catch (ChannelClosedException)
        {
            throw new ObjectDisposedException(nameof(InfluxWriter));
        }
    }

    private async Task RunAsync()
    {
        var batch = new List<string>(Math.Min(_options.BatchSize, 16_384));
        var flushes = new List<TaskCompletionSource>();
        try
        {
            while (await CollectAsync(batch, flushes))
            {
                if (batch.Count > 0)
                {
                    await SendAsync(batch);
                }
                batch.Clear();
                flushes.ForEach(flush => flush.TrySetResult());
                flushes.Clear();
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            Abandon(batch, flushes);
        }
    }

    /// <summary>Fills the batch until it is full, the flush interval has passed or a flush is asked; false once disposed and drained.</summary>
    private async Task<bool> CollectAsync(List<string> batch, List<TaskCompletionSource> flushes)
    {
        if (!await _queue.Reader.WaitToReadAsync(_stopping.Token))
        {
            return false;
        }
        var deadline = _time.GetUtcNow() + _options.FlushInterval;
        while (true)
        {
            while (batch.Count < _options.BatchSize && _queue.Reader.TryRead(out var entry))
            {
                if (entry.Flushed is { } flushed)
                {
                    flushes.Add(flushed);
                    return true;
                }
                batch.Add(entry.Line!);
            }
            var remaining = deadline - _time.GetUtcNow();
            if (batch.Count >= _options.BatchSize || remaining <= TimeSpan.Zero || !await WaitForMoreAsync(remaining))
            {
                return true;
            }
        }
    }

    private async Task<bool> WaitForMoreAsync(TimeSpan remaining)
    {
        using var timeout = new CancellationTokenSource(remaining, _time);
        var wait = _queue.Reader.WaitToReadAsync(timeout.Token).AsTask();
        await ((Task)wait).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return wait.IsCompletedSuccessfully && wait.Result;
    }

    private async Task SendAsync(List<string> batch)
    {
        var body = Encoding.UTF8.GetBytes(string.Join('\n', batch));
        for (var failures = 1; ; failures++)
        {
            var outcome = await WriteAttempt.SendAsync(_http, _endpoint, body, _time, _stopping.Token);
            switch (outcome.Result)
            {
                case WriteResult.Written:
                    Interlocked.Add(ref _written, batch.Count);
                    if (failures > 1)
                    {
                        _logger.LogInformation("InfluxDB took a batch of {Count} points after {Failures} failed attempts", batch.Count, failures - 1);
                    }
                    return;
                case WriteResult.Rejected:
                    var dropped = outcome.Dropped > 0 ? Math.Min(outcome.Dropped, batch.Count) : batch.Count;
                    Volatile.Write(ref _lastRejection, outcome.Message);
                    Interlocked.Add(ref _rejected, dropped);
                    Interlocked.Add(ref _written, batch.Count - dropped);
                    _logger.LogError("InfluxDB refused {Dropped} of {Count} points, not retried: {Message}", dropped, batch.Count, outcome.Message);
                    return;
                default:
                    var delay = _retryDelay.Next(failures, outcome.RetryAfter);
                    Volatile.Write(ref _lastFailure, outcome.Message);
                    Interlocked.Increment(ref _retries);
                    _logger.LogWarning("InfluxDB write of {Count} points failed ({Message}); retry {Failures} in {Delay}",
                        batch.Count, outcome.Message, failures, delay);
                    await Task.Delay(delay, _time, _stopping.Token);
                    break;
            }
        }
    }

    private void Abandon(List<string> batch, List<TaskCompletionSource> flushes)
    {
        var lost = batch.Count;
        while (_queue.Reader.TryRead(out var entry))
        {
            if (entry.Flushed is { } flushed)
            {
                flushes.Add(flushed);
            }
            else
            {
                lost++;
            }
        }
        flushes.ForEach(flush => flush.TrySetException(new ObjectDisposedException(nameof(InfluxWriter))));
        _logger.LogError("InfluxDB writer disposed after {Timeout} with {Lost} points never written (last failure: {Failure})",
            _options.ShutdownTimeout, lost, Volatile.Read(ref _lastFailure));
    }

    /// <summary>A queued line, or a flush marker completed once everything queued before it is settled.</summary>
    private readonly record struct WriteEntry(string? Line, TaskCompletionSource? Flushed);
}
