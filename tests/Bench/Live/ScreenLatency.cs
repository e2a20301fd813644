using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace IOC.Bench.Live;

/// <summary>
/// Figure 7 (second half): from a POST until the wall in a real Chromium page shows it — a MutationObserver notes, with
/// <c>performance.timeOrigin + performance.now()</c> (this machine's clock, as the POST's), each new text of the unit's
/// "received today" tile. The page shows a probe unit nobody else posts to; probes flow to the others meanwhile.
/// </summary>
public static class ScreenLatency
{
    private const int Samples = 50;
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private const string Observe = """
        () => {
          const tile = () => document.querySelector('[data-testid=today-received-value]')?.textContent;
          window.__shown = [];
          let last = tile();
          new MutationObserver(() => {
            const now = tile();
            if (now !== last) { last = now; window.__shown.push([performance.timeOrigin + performance.now(), now]); }
          }).observe(document.body, { subtree: true, childList: true, characterData: true });
        }
        """;

    public static async Task RunAsync(ProbeSource source, WallBrowser browser, Figures figures)
    {
        var unit = LiveStack.ScreenUnit;
        var page = await browser.OpenWallAsync(unit);
        await page.EvaluateAsync(Observe);
        using var stop = new CancellationTokenSource();
        var flow = ProbeTraffic.RunAsync(source, ProbeLane.Of(LiveStack.FlowUnits), BenchOptions.LiveRate, TimeSpan.FromHours(1), stop.Token);

        Progress.Say($"Screen: {Samples} probes to {unit}, each until the page shows it, with {BenchOptions.LiveRate} events/s elsewhere");
        var probes = new List<ProbeEvent>();
        var missed = 0;
        try
        {
            for (var i = 0; i < Samples; i++)
            {
                var probe = await source.PostAsync(new ProbeLane(unit, ProbeLane.Channels[0]));
                probes.Add(probe);
                try
                {
                    await page.WaitForFunctionAsync(
                        "n => window.__shown.some(([, text]) => parseInt(text.replace(/\\D/g, ''), 10) >= n)", probe.Count,
                        new() { Timeout = (float)Patience.TotalMilliseconds });
                }
                catch (TimeoutException)
                {
                    missed++;
                }
                await Task.Delay(Pause);
            }
        }
        finally
        {
            await stop.CancelAsync();
            await flow;
        }
        var shown = await Shown(page);
        // A probe the page never showed on its own has no time; one shown only with a later count takes that later change.
        var latencies = probes
            .Select(probe => shown.Where(s => s.Count >= probe.Count).Select(s => s.At - probe.SentUnixMilliseconds).FirstOrDefault(double.NaN))
            .Where(latency => !double.IsNaN(latency))
            .ToList();
        if (latencies.Count > 0)
        {
            figures.AddLatency(CircuitMemory.Part, $"POST → the tile's text changed in Chromium ({latencies.Count} probes)",
                Percentiles.Of(latencies), p99Target: "< 2 s");
        }
        figures.Add(CircuitMemory.Part, $"probes the page had not shown within {Patience.TotalSeconds:0} s", missed, "events");
        await page.CloseAsync();
    }

    private static async Task<List<(double At, int Count)>> Shown(IPage page)
    {
        var shown = await page.EvaluateAsync<JsonElement>("() => window.__shown");
        return shown.EnumerateArray()
            .Select(s => (At: s[0].GetDouble(), Digits: new string(s[1].GetString()!.Where(char.IsAsciiDigit).ToArray())))
            .Where(s => s.Digits.Length > 0)
            .Select(s => (s.At, int.Parse(s.Digits, CultureInfo.InvariantCulture)))
            .ToList();
    }
}
