using IOC.Dashboard.Access;

namespace IOC.Dashboard.Hubs;

/// <summary>Who is on a hub connection: a reader with a scope, or the ingestion service (which alone may publish).</summary>
public sealed record HubCaller(ReadScope? Scope, bool IsService)
{
    /// <summary>The key of the HttpContext item the hub-key middleware stores the caller in.</summary>
    public const string Item = "ioc.hub-caller";
}
