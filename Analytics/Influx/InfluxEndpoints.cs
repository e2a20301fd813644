using System.Text;

namespace IOC.Analytics.Influx;

/// <summary>Addresses of the v1 endpoints under the configured base URL (which may carry a proxy path prefix).</summary>
internal static class InfluxEndpoints
{
    public static Uri Write(InfluxOptions options) =>
        Build(options.Url, "write", ("db", options.Database), ("rp", options.RetentionPolicy), ("precision", LineProtocol.Precision));

    public static Uri Ping(Uri baseUrl) => Build(baseUrl, "ping");

    public static Uri Query(Uri baseUrl, IEnumerable<KeyValuePair<string, string>> parameters) =>
        Build(baseUrl, "query", parameters.Select(p => (p.Key, (string?)p.Value)).ToArray());

    public static Uri Query(Uri baseUrl) => Build(baseUrl, "query");

    private static Uri Build(Uri baseUrl, string endpoint, params (string Name, string? Value)[] parameters)
    {
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        var query = new StringBuilder();
        foreach (var (name, value) in parameters)
        {
            if (value is null)
            {
                continue;
            }
            query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }
        return new Uri(root, endpoint + query);
    }
}
