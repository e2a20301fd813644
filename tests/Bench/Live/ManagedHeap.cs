using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace IOC.Bench.Live;

/// <summary>
/// The GC heap of another .NET process right after a full collection, read over its diagnostics port (EventPipe) the way
/// <c>dotnet-gcdump</c> does: asking for the GC heap-collect keyword makes the runtime run a blocking gen-2 GC, whose
/// heap statistics event gives the sizes of every generation.
/// </summary>
public static class ManagedHeap
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>Total GC heap (generations 0–2, large and pinned objects) after an induced full GC, in MiB.</summary>
    public static async Task<double> AfterFullCollectionMiB(int processId)
    {
        var provider = new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational,
            (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect));
        using var session = new DiagnosticsClient(processId).StartEventPipeSession([provider], requestRundown: false);
        using var source = new EventPipeEventSource(session.EventStream);
        var heap = new TaskCompletionSource<double>(TaskCreationOptions.RunContinuationsAsynchronously);
        // A gen-0 collection may happen to end first; only the statistics after a full one count.
        var full = false;
        source.Clr.GCStart += start => full = start.Depth == 2;
        source.Clr.GCHeapStats += stats =>
        {
            if (full)
            {
                heap.TrySetResult(stats.TotalHeapSize / (1024.0 * 1024.0));
            }
        };
        var reading = Task.Run(source.Process);
        try
        {
            return await heap.Task.WaitAsync(Patience);
        }
        finally
        {
            await session.StopAsync(CancellationToken.None);
            await reading;
        }
    }
}
