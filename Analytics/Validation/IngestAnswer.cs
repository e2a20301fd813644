namespace IOC.Analytics.Validation;

/// <summary>The 202 answer of the ingest endpoints (CONTRACT.md §1).</summary>
public sealed record IngestAnswer(int Accepted, int Duplicates, IReadOnlyList<RejectedItem> Rejected);

/// <summary>One rejected element of a batch: its position, its eventId (or code) when readable, and every reason.</summary>
public sealed record RejectedItem(int Index, string? EventId, IReadOnlyList<string> Errors);
