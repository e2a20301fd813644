namespace IOC.Analytics.Access;

/// <summary>What a credential lets its caller do: the <see cref="CallerClaims.Purpose"/> claim of every caller.</summary>
public static class AccessPurpose
{
    /// <summary>A source posting dossier events and catalogues to Ingestion (<c>IOC_INGEST_API_KEY</c>).</summary>
    public const string Ingest = "ingest";

    /// <summary>A reader of figures: the read API, the hub's subscriptions and the wall (<c>IOC_READ_API_KEY</c>).</summary>
    public const string Read = "read";

    /// <summary>Ingestion publishing into the dashboard's hub (<c>IOC_SERVICE_KEY</c>); it reads nothing.</summary>
    public const string Service = "service";

    /// <summary>An unattended wall screen, let in by its kiosk link's cookie; the wall only, never the API.</summary>
    public const string Kiosk = "kiosk";
}
