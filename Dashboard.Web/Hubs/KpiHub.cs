using IOC.Analytics.Catalog;
using IOC.Analytics.Kpi;
using IOC.Analytics.Kpi.Live;
using Microsoft.AspNetCore.SignalR;

namespace IOC.Dashboard.Hubs;

/// <summary>
/// <c>/hubs/kpi</c> (CONTRACT.md §3): readers call <c>Subscribe(unitCode)</c>, get the unit's current figures at once,
/// then a <c>kpi</c> message on every change Ingestion publishes for that unit.
/// </summary>
public sealed class KpiHub(PublishedKpis published, FactsIndex index, CatalogCache catalog, TimeProvider time) : Hub
{
    /// <summary>The client method every KPI document is sent to.</summary>
    public const string Message = "kpi";

    /// <summary>Subscribes the caller to a unit: the current snapshot first, then changes.</summary>
    public async Task Subscribe(string unitCode)
    {
        var caller = Caller();
        var snapshot = await catalog.FreshEnoughAsync(missed: false, Context.ConnectionAborted);
        var unit = snapshot.Unit(unitCode) ?? (await catalog.FreshEnoughAsync(missed: true, Context.ConnectionAborted)).Unit(unitCode)
            ?? throw new HubException($"Unknown unit '{unitCode}'.");
        if (caller.IsService || caller.Scope is null || !caller.Scope.Allows(catalog.Current, unit.Code))
        {
            throw new HubException($"You may not read unit '{unitCode}'.");
        }
        // Join first, then send the snapshot, so no change published in between is missed.
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(unit.Code), Context.ConnectionAborted);
        var current = published.Latest(unit.Code)
            ?? KpiDocument.Of(LiveKpiPipeline.Today(index, catalog.Current, [unit.Code], time.GetUtcNow())[0]);
        await Clients.Caller.SendAsync(Message, current, Context.ConnectionAborted);
    }

    /// <summary>Stops the caller's updates for a unit.</summary>
    public Task Unsubscribe(string unitCode) => Groups.RemoveFromGroupAsync(Context.ConnectionId, Group(unitCode));

    /// <summary>Ingestion's publication of changed figures; refused to anyone without the service key.</summary>
    public async Task Publish(IReadOnlyList<KpiDocument> documents)
    {
        if (!Caller().IsService)
        {
            throw new HubException("Only the ingestion service may publish.");
        }
        foreach (var document in documents)
        {
            published.Update(document);
            await Clients.Group(Group(document.Unit)).SendAsync(Message, document);
        }
    }

    private HubCaller Caller() =>
        Context.GetHttpContext()?.Items[HubCaller.Item] as HubCaller ?? throw new HubException("Not authenticated.");

    private static string Group(string unitCode) => "unit:" + unitCode;
}
