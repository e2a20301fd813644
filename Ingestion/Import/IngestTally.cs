using IOC.Analytics.Validation;

namespace IOC.Ingestion.Import;

/// <summary>The sum of the service's answers over a run, with the first rejections kept to show their reasons.</summary>
public sealed class IngestTally
{
    private const int RejectionsShown = 10;
    // Keyed by the record's position in the source, so the first ones are shown whatever order their answers came in.
    private readonly SortedList<long, string> _rejections = [];

    /// <summary>Events the service stored.</summary>
    public long Accepted { get; private set; }

    /// <summary>Events the service had already stored.</summary>
    public long Duplicates { get; private set; }

    /// <summary>Events the service refused, plus records that could not even be read as JSON.</summary>
    public long Rejected { get; private set; }

    /// <summary>The first rejections, each with where it came from and every reason.</summary>
    public IReadOnlyList<string> FirstRejections => _rejections.Values.ToList();

    /// <summary>Adds one answer; <paramref name="origins"/> gives the position and name of each event of the batch.</summary>
    public void Add(IngestAnswer answer, IReadOnlyList<SourcePosition> origins)
    {
        Accepted += answer.Accepted;
        Duplicates += answer.Duplicates;
        foreach (var rejected in answer.Rejected)
        {
            var origin = origins[rejected.Index];
            Reject(origin with { Name = rejected.EventId is null ? origin.Name : $"{origin.Name} (eventId {rejected.EventId})" }, rejected.Errors);
        }
    }

    /// <summary>Counts a rejected record, one the service refused or one that could not be sent at all.</summary>
    public void Reject(SourcePosition origin, IEnumerable<string> errors)
    {
        Rejected++;
        _rejections[origin.Position] = $"{origin.Name}: {string.Join("; ", errors)}";
        if (_rejections.Count > RejectionsShown)
        {
            _rejections.RemoveAt(_rejections.Count - 1);
        }
    }

    /// <summary>The closing summary: one line of counts, then the first rejections indented.</summary>
    public void WriteSummary(TextWriter output)
    {
        output.WriteLine($"accepted {Accepted}, duplicates {Duplicates}, rejected {Rejected}");
        foreach (var rejection in _rejections.Values)
        {
            output.WriteLine("  " + rejection);
        }
        if (Rejected > _rejections.Count)
        {
            output.WriteLine($"  … and {Rejected - _rejections.Count} more (GET /api/v1/dead-letters lists them)");
        }
    }
}
