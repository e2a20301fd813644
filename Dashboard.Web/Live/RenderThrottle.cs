namespace IOC.Dashboard.Live;

/// <summary>
/// Coalesces render requests of one circuit: at most one render per interval, and the last request of a burst is never
/// lost (it renders when the interval ends). A burst of changes must not flood a circuit.
/// </summary>
public sealed class RenderThrottle(TimeProvider time, TimeSpan interval, Action render) : IDisposable
{
    private readonly Lock _lock = new();
    private DateTimeOffset _lastRender = DateTimeOffset.MinValue;
    private ITimer? _pending;
    private bool _disposed;

    /// <summary>The interval of ~4 renders a second the wall uses.</summary>
    public static readonly TimeSpan WallInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Asks for a render: now when the last one is an interval old, else once the interval ends.</summary>
    public void Request()
    {
        lock (_lock)
        {
            if (_disposed || _pending is not null)
            {
                return;
            }
            var wait = _lastRender + interval - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                _pending = time.CreateTimer(_ => Fire(), null, wait, Timeout.InfiniteTimeSpan);
                return;
            }
            _lastRender = time.GetUtcNow();
        }
        render();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _pending?.Dispose();
            _pending = null;
        }
    }

    private void Fire()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }
            _pending?.Dispose();
            _pending = null;
            _lastRender = time.GetUtcNow();
        }
        render();
    }
}
