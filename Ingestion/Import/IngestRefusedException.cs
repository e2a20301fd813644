namespace IOC.Ingestion.Import;

/// <summary>The service refused a batch for a reason retrying cannot fix (a wrong key, an unreadable body).</summary>
public sealed class IngestRefusedException(string message) : Exception(message);
