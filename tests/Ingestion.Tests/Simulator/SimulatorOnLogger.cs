using IOC.Ingestion.Simulator;
using Microsoft.Extensions.Logging;

namespace IOC.Ingestion.Tests.Simulator;

/// <summary>Tells a test when the simulator has drawn its schedule from the clock: the moment it logs that it is on.</summary>
internal sealed class SimulatorOnLogger : ILogger<TrafficSimulator>
{
    private readonly TaskCompletionSource _on = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task On => _on.Task;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (formatter(state, exception).StartsWith("Traffic simulator on", StringComparison.Ordinal))
        {
            _on.TrySetResult();
        }
    }
}
