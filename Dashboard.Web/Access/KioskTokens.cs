using IOC.Analytics.Access;
using IOC.Dashboard.Kiosk;

namespace IOC.Dashboard.Access;

/// <summary>The kiosk tokens of <c>IOC_KIOSK_TOKEN</c>: a ring of their own, so a kiosk token is never an API key.</summary>
public sealed class KioskTokens(KioskSettings settings)
{
    private readonly KeyRing _ring = new(settings.Tokens.Select(token => (token, new Credential(AccessPurpose.Kiosk))));

    /// <summary>The kiosk credential of a token, or null when the token is unknown (mistyped or revoked).</summary>
    public Credential? Find(string? token) => _ring.Find(token);
}
