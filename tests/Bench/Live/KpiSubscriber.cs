using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace IOC.Bench.Live;

/// <summary>
/// A .NET SignalR client of Dashboard.Web's <c>/hubs/kpi</c> (CONTRACT.md §3) on WebSockets with the read key, noting
/// when each received count (by channel) of each subscribed unit first reached it.
/// </summary>
public sealed class KpiSubscriber : IAsyncDisposable
{
    private readonly HubConnection _hub;
    private readonly ConcurrentDictionary<ProbeLane, CountArrivals> _lanes = new();
    private long _messages;

    private KpiSubscriber(HubConnection hub)
    {
        _hub = hub;
        _hub.On<JsonElement>("kpi", kpi =>
        {
            var arrived = Stopwatch.GetTimestamp();
            Interlocked.Increment(ref _messages);
            var unit = kpi.GetProperty("unit").GetString()!;
            var received = kpi.GetProperty("received");
            foreach (var channel in ProbeLane.Channels)
            {
                Arrivals(new ProbeLane(unit, channel)).Record(received.GetProperty(channel).GetInt32(), arrived);
            }
        });
    }

    /// <summary>The <c>kpi</c> messages received so far, the first (current figures) of each subscription included.</summary>
    public long Messages => Interlocked.Read(ref _messages);

    public static async Task<KpiSubscriber> ConnectAsync(Uri dashboard)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(dashboard, "/hubs/kpi"), options =>
            {
                options.Headers["X-Api-Key"] = LiveStack.ReadKey;
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
            })
            .Build();
        var subscriber = new KpiSubscriber(hub);
        await hub.StartAsync();
        return subscriber;
    }

    /// <summary>Subscribes to the unit; its current figures (the first message) arrive soon after.</summary>
    public Task SubscribeAsync(string unit) => _hub.InvokeAsync("Subscribe", unit);

    /// <summary>Milliseconds from the probe's POST until this client first saw a count that includes it; null if it never did.</summary>
    public double? Latency(ProbeEvent probe) =>
        _lanes.TryGetValue(probe.Lane, out var arrivals) && arrivals.FirstSeen(probe.Count) is { } seen
            ? Stopwatch.GetElapsedTime(probe.SentTimestamp, seen).TotalMilliseconds
            : null;

    /// <summary>The highest received count of the lane this client has seen.</summary>
    public int Highest(ProbeLane lane) => _lanes.TryGetValue(lane, out var arrivals) ? arrivals.Highest : 0;

    public ValueTask DisposeAsync() => _hub.DisposeAsync();

    private CountArrivals Arrivals(ProbeLane lane) => _lanes.GetOrAdd(lane, _ => new CountArrivals());
}
