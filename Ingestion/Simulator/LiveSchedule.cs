using IOC.Analytics.Dossiers;

namespace IOC.Ingestion.Simulator;

/// <summary>
/// The generator's traffic for dossiers arriving from <paramref name="origin"/> on, drawn a window ahead and released
/// event by event as the clock reaches each one: nothing is handed out before it has happened.
/// </summary>
internal sealed class LiveSchedule(DossierTrafficGenerator generator, DateTimeOffset origin)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(30);
    private readonly Queue<DossierEvent> _pending = new();
    private DateTimeOffset _drawnUpTo = origin - TimeSpan.FromTicks(1);

    /// <summary>The events that have happened by <paramref name="now"/> and were not handed out yet, oldest first, at most <paramref name="max"/>.</summary>
    public IReadOnlyList<DossierEvent> TakeDue(DateTimeOffset now, int max)
    {
        var due = new List<DossierEvent>();
        while (due.Count < max)
        {
            if (_pending.Count == 0)
            {
                if (_drawnUpTo >= now)
                {
                    break;
                }
                foreach (var scheduled in generator.Scheduled(origin, _drawnUpTo, _drawnUpTo + Window))
                {
                    _pending.Enqueue(scheduled);
                }
                _drawnUpTo += Window;
                continue;
            }
            if (_pending.Peek().OccurredAt > now)
            {
                break;
            }
            due.Add(_pending.Dequeue());
        }
        return due;
    }
}
