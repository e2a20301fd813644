namespace IOC.Testing.Servers;

/// <summary>A process a test waits for has exited: waiting longer cannot help, so the wait ends at once.</summary>
public sealed class ProcessExitedException(string message) : Exception(message);
