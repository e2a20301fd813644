using System.Collections.Concurrent;
using IOC.Analytics.Access;
using Microsoft.AspNetCore.SignalR;

namespace IOC.Dashboard.Hubs;

/// <summary>
/// The hub connections opened with a key made by <c>./ioc key add</c>, by connection: when the key ring no longer holds
/// such a key (revoked), its connections are closed, so a revoked key stops receiving figures within the ring's refresh.
/// </summary>
public sealed class KeyedConnections
{
    private readonly ConcurrentDictionary<string, (string KeyId, HubCallerContext Context)> _open = new(StringComparer.Ordinal);
    private readonly KeyRing _ring;

    /// <summary>Watches <paramref name="ring"/> for revoked keys.</summary>
    public KeyedConnections(KeyRing ring)
    {
        _ring = ring;
        ring.Replaced += CloseRevoked;
    }

    /// <summary>Notes a connection that was opened with a made key; other connections are not kept.</summary>
    public void Opened(HubCallerContext context)
    {
        if (context.User?.FindFirst(CallerClaims.KeyId)?.Value is { } keyId)
        {
            _open[context.ConnectionId] = (keyId, context);
        }
    }

    /// <summary>Forgets a connection that ended.</summary>
    public void Closed(string connectionId) => _open.TryRemove(connectionId, out _);

    private void CloseRevoked()
    {
        foreach (var (connectionId, (keyId, context)) in _open)
        {
            if (!_ring.Holds(keyId) && _open.TryRemove(connectionId, out _))
            {
                context.Abort();
            }
        }
    }
}
