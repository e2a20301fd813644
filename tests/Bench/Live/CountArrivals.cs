namespace IOC.Bench.Live;

/// <summary>
/// When one subscriber first saw each received count of one lane: a message showing count n reflects every probe up to
/// n, so it is the arrival of all counts not seen before.
/// </summary>
public sealed class CountArrivals
{
    private readonly Lock _lock = new();
    private readonly List<long> _firstSeen = [];

    /// <summary>A message showing <paramref name="count"/> arrived at <paramref name="timestamp"/> (Stopwatch ticks).</summary>
    public void Record(int count, long timestamp)
    {
        lock (_lock)
        {
            while (_firstSeen.Count < count)
            {
                _firstSeen.Add(timestamp);
            }
        }
    }

    /// <summary>When a message first showed the count, if one has.</summary>
    public long? FirstSeen(int count)
    {
        lock (_lock)
        {
            return count <= _firstSeen.Count ? _firstSeen[count - 1] : null;
        }
    }

    public int Highest
    {
        get
        {
            lock (_lock)
            {
                return _firstSeen.Count;
            }
        }
    }
}
