using System.Collections.Concurrent;
using IOC.Analytics.Kpi;
using Microsoft.AspNetCore.SignalR;

namespace IOC.Dashboard.Hubs;

/// <summary>
/// Every connection of the hub with its mailbox and sender: publications are handed to the mailboxes and never wait for a
/// connection to read.
/// </summary>
public sealed class Subscriptions(IHubContext<KpiHub> hub, ILogger<Subscriptions> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Subscriber> _connections = new(StringComparer.Ordinal);
    private long _supersededByGone;

    /// <summary>Connections open now.</summary>
    public int Clients => _connections.Count;

    /// <summary>Units followed, summed over the connections.</summary>
    public int Count => _connections.Values.Sum(c => c.Mailbox.Followed);

    /// <summary>Documents a newer one replaced before a slow connection took them, since start.</summary>
    public long Superseded => Interlocked.Read(ref _supersededByGone) + _connections.Values.Sum(c => c.Mailbox.Superseded);

    /// <summary>Gives a new connection its mailbox and sender.</summary>
    public void Connect(string connectionId)
    {
        var mailbox = new SubscriberMailbox();
        _connections[connectionId] = new Subscriber(mailbox, new SubscriberSender(mailbox, hub.Clients.Client(connectionId), logger));
    }

    /// <summary>The mailbox of an open connection.</summary>
    /// <exception cref="HubException">The connection is not open.</exception>
    public SubscriberMailbox Mailbox(string connectionId) =>
        _connections.TryGetValue(connectionId, out var subscriber) ? subscriber.Mailbox : throw new HubException("Not connected.");

    /// <summary>Hands a published document to every connection that follows its unit; returns at once.</summary>
    public void Deliver(KpiDocument document)
    {
        foreach (var subscriber in _connections.Values)
        {
            subscriber.Mailbox.Deliver(document);
        }
    }

    /// <summary>Stops and forgets a connection's sender and mailbox.</summary>
    public async Task DisconnectAsync(string connectionId)
    {
        if (_connections.TryRemove(connectionId, out var subscriber))
        {
            Interlocked.Add(ref _supersededByGone, subscriber.Mailbox.Superseded);
            await subscriber.Sender.DisposeAsync();
        }
    }

    /// <summary>Stops every sender.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var connectionId in _connections.Keys)
        {
            await DisconnectAsync(connectionId);
        }
    }

    private sealed record Subscriber(SubscriberMailbox Mailbox, SubscriberSender Sender);
}
