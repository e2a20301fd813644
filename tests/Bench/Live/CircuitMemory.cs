using System.Diagnostics;
using Microsoft.Playwright;

namespace IOC.Bench.Live;

/// <summary>
/// Figure 7 (first half): Dashboard.Web's resident memory per Blazor circuit, from wall pages opened in one Chromium on the
/// bench host, and its CPU with them all open and live while probes flow at 100 events/s.
/// </summary>
public static class CircuitMemory
{
    public const string Part = "7. Wall circuits (Blazor Server) in one headless Chromium";

    public static async Task RunAsync(LiveStack stack, ProbeSource source, WallBrowser browser, BenchOptions options, Figures figures)
    {
        var dashboard = stack.Dashboard;
        // One page first, so what every circuit shares (JIT, MudBlazor, the year's counts) is in the baseline, not in N.
        await browser.OpenWallAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        var (heapBefore, before) = await AfterFullCollectionAsync(dashboard);

        Progress.Say($"Circuits: opening {options.WallPages} wall pages of the province");
        var pages = new List<IPage>();
        var opening = Stopwatch.StartNew();
        for (var i = 0; i < options.WallPages; i++)
        {
            pages.Add(await browser.OpenWallAsync());
        }
        var opened = opening.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(3));
        var (heapOpen, open) = await AfterFullCollectionAsync(dashboard);

        Progress.Say($"Circuits: posting {BenchOptions.LiveRate} probes/s for {options.LiveSeconds} s with the pages open");
        var cpuBefore = dashboard.CpuSeconds();
        var started = Stopwatch.GetTimestamp();
        var probes = await ProbeTraffic.RunAsync(source, ProbeLane.Of(LiveStack.FlowUnits), BenchOptions.LiveRate, TimeSpan.FromSeconds(options.LiveSeconds));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpu = (dashboard.CpuSeconds() - cpuBefore) / elapsed;
        var (heapLive, live) = await AfterFullCollectionAsync(dashboard);

        figures.Add(Part, "wall pages opened (each a circuit, /wall of the province)", pages.Count, "circuits");
        figures.Add(Part, "opening them one after another", opened.TotalSeconds, "s");
        figures.Add(Part, "Dashboard.Web VmRSS with one wall page open", before, "MiB");
        figures.Add(Part, "Dashboard.Web GC heap with one wall page open", heapBefore, "MiB");
        figures.Add(Part, $"Dashboard.Web VmRSS with {pages.Count + 1} open", open, "MiB");
        figures.Add(Part, $"Dashboard.Web GC heap with {pages.Count + 1} open", heapOpen, "MiB");
        figures.Add(Part, "VmRSS per circuit, pages open ((after − before) / N)", (open - before) * 1024 / pages.Count, "KiB", "< 2 MB");
        figures.Add(Part, "GC heap per circuit, pages open ((after − before) / N)", (heapOpen - heapBefore) * 1024 / pages.Count, "KiB",
            "< 2 MB");
        figures.Add(Part, "VmRSS per circuit, after the events flowed", (live - before) * 1024 / pages.Count, "KiB", "< 2 MB");
        figures.Add(Part, "GC heap per circuit, after the events flowed", (heapLive - heapBefore) * 1024 / pages.Count, "KiB", "< 2 MB");
        figures.Add(Part, "probe rate achieved with the pages open", probes.Count / elapsed, "events/s", $"{BenchOptions.LiveRate} events/s");
        figures.Add(Part, "Dashboard.Web CPU with the pages open and events flowing", cpu * 100, "% of a core");
        await Task.WhenAll(pages.Select(page => page.CloseAsync()));
        figures.Note("Memory per circuit: N more wall pages opened, 3 s later a full blocking GC is induced in Dashboard.Web over its "
            + "diagnostics port (EventPipe, as dotnet-gcdump does), then its GC heap (that GC's heap statistics) and VmRSS "
            + "(/proc/PID/status) are read; (value − value with one page open) / N.");
    }

    /// <summary>Induces a full GC and reads the GC heap it leaves, then the resident memory.</summary>
    private static async Task<(double HeapMiB, double ResidentMiB)> AfterFullCollectionAsync(PublishedService dashboard)
    {
        var heap = await ManagedHeap.AfterFullCollectionMiB(dashboard.Pid);
        return (heap, dashboard.ResidentMiB());
    }
}
