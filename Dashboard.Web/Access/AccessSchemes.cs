namespace IOC.Dashboard.Access;

/// <summary>The dashboard's authentication schemes: which credential each accepts, and where.</summary>
public static class AccessSchemes
{
    /// <summary>A key in the <c>X-Api-Key</c> header or as a bearer token: the read API and the wall.</summary>
    public const string ApiKey = "api-key";

    /// <summary>The same keys, also as the <c>access_token</c> query parameter: the hub only.</summary>
    public const string HubKey = "hub-key";

    /// <summary>The cookie a kiosk link gives an unattended screen: the wall only.</summary>
    public const string KioskCookie = "kiosk-cookie";

    /// <summary>The cookie a person gets at <c>/login</c>: the pages, the read API and the wall.</summary>
    public const string AccountCookie = "account-cookie";
}
