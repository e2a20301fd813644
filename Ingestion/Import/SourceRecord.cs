namespace IOC.Ingestion.Import;

/// <summary>One record of an import file: where it is, and either its event as one line of JSON or why it cannot be read.</summary>
public sealed record SourceRecord(SourcePosition Origin, string? Json, string? Error);
