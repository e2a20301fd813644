using IOC.Analytics.Access;
using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Dashboard.Access;
using IOC.Dashboard.Live;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace IOC.Dashboard.Hubs;

/// <summary>
/// <c>/hubs/kpi</c> (CONTRACT.md §3): readers call <c>Subscribe(unitCode)</c>, get the unit's current figures at once,
/// then a <c>kpi</c> message on every change Ingestion publishes for that unit. Each connection has its own mailbox and
/// sender (<see cref="Subscriptions"/>), so a connection that stops reading never slows the publisher or anyone else.
/// Connecting needs a read key or the service key (<see cref="AccessPolicies.Hub"/>); a made key's connections close
/// when it is revoked (<see cref="KeyedConnections"/>).
/// </summary>
public sealed class KpiHub(PublishedKpis published, Subscriptions subscriptions, LiveKpiStore store, CatalogCache catalog,
    IAuthorizationService authorization, KeyedConnections keyed) : Hub
{
    /// <summary>The hub's path.</summary>
    public const string Path = "/hubs/kpi";

    /// <summary>The client method every KPI document is sent to.</summary>
    public const string Message = "kpi";

    /// <inheritdoc />
    public override Task OnConnectedAsync()
    {
        subscriptions.Connect(Context.ConnectionId);
        keyed.Opened(Context);
        return base.OnConnectedAsync();
    }

    /// <inheritdoc />
    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        keyed.Closed(Context.ConnectionId);
        await subscriptions.DisconnectAsync(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>Subscribes the caller to a unit: the current snapshot first, then changes.</summary>
    public async Task Subscribe(string unitCode)
    {
        var snapshot = await catalog.FreshEnoughAsync(missed: false, Context.ConnectionAborted);
        var unit = snapshot.Unit(unitCode) ?? (await catalog.FreshEnoughAsync(missed: true, Context.ConnectionAborted)).Unit(unitCode)
            ?? throw new HubException($"Unknown unit '{unitCode}'.");
        if (Context.User is not { } user || !(await authorization.AuthorizeAsync(user, unit.Code, AccessPolicies.Read)).Succeeded)
        {
            throw new HubException($"You may not read unit '{unitCode}'.");
        }
        // Follow first, then offer the snapshot, so no change published in between is missed; a change that came in
        // between is at least as new as the snapshot and goes first instead of it.
        var mailbox = subscriptions.Mailbox(Context.ConnectionId);
        mailbox.Follow(unit.Code);
        // The wall's store: today's latest publication of the unit, or today counted now when there is none.
        mailbox.Offer(KpiDocument.Of(store.Current(unit.Code)!));
    }

    /// <summary>Stops the caller's updates for a unit.</summary>
    public void Unsubscribe(string unitCode) => subscriptions.Mailbox(Context.ConnectionId).Unfollow(unitCode);

    /// <summary>
    /// Ingestion's publication of changed figures; refused to anyone without the service key. Returns as soon as the
    /// documents are in the subscribers' mailboxes.
    /// </summary>
    public void Publish(IReadOnlyList<KpiDocument> documents)
    {
        if (Context.User?.Has(AccessPurpose.Service) != true)
        {
            throw new HubException("Only the ingestion service may publish.");
        }
        foreach (var document in documents)
        {
            // The latest first: a subscription taking its snapshot now then starts from this document or a newer one.
            published.Update(document);
            subscriptions.Deliver(document);
        }
    }
}
