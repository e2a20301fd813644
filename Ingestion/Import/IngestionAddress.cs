namespace IOC.Ingestion.Import;

/// <summary>The base address the tools and the simulator post to.</summary>
public static class IngestionAddress
{
    /// <summary>Where <c>./ioc run</c> starts the ingestion service.</summary>
    public const string Default = "http://127.0.0.1:5081";

    /// <summary>The configured address, or the default, with a trailing slash so relative API paths keep any path prefix.</summary>
    public static Uri From(string? configured)
    {
        var url = string.IsNullOrWhiteSpace(configured) ? Default : configured.Trim();
        return new Uri(url.EndsWith('/') ? url : url + "/");
    }
}
