namespace IOC.Ingestion.Import;

/// <summary>Where an event came from: its position in the source (for ordering) and how to name it to a person.</summary>
public sealed record SourcePosition(long Position, string Name);
