namespace IOC.Ingestion.Live;

/// <summary>
/// The province days waiting to be rewritten, marked from a stream of touched days: a set, so it holds at most one entry
/// per day however long the wait.
/// </summary>
public sealed class MarkedDays : IDisposable
{
    private readonly Lock _gate = new();
    private readonly IDisposable _subscription;
    private HashSet<DateOnly> _days = [];

    private MarkedDays(IObservable<IReadOnlySet<DateOnly>> touched) => _subscription = touched.Subscribe(Mark);

    /// <summary>Starts marking every day the stream reports.</summary>
    public static MarkedDays Following(IObservable<IReadOnlySet<DateOnly>> touched) => new(touched);

    /// <summary>Marks days (again).</summary>
    public void Mark(IReadOnlySet<DateOnly> days)
    {
        lock (_gate)
        {
            _days.UnionWith(days);
        }
    }

    /// <summary>Takes every marked day, leaving none marked.</summary>
    public IReadOnlySet<DateOnly> Take()
    {
        lock (_gate)
        {
            var days = _days;
            _days = [];
            return days;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _subscription.Dispose();
}
