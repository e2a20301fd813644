using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace IOC.Analytics.Hosting;

/// <summary>A URL's path and query as they may be logged: secrets replaced by <see cref="Mask"/>.</summary>
/// <param name="SecretPathPrefixes">Paths whose next segment is a secret (<c>/kiosk</c>).</param>
/// <param name="SecretParameters">Query parameters whose value is a secret (<c>access_token</c>), matched once decoded.</param>
public sealed record UrlRedaction(IReadOnlyList<string> SecretPathPrefixes, IReadOnlyList<string> SecretParameters)
{
    /// <summary>What a secret is logged as.</summary>
    public const string Mask = "***";

    /// <summary>The path with the segment after a secret prefix masked.</summary>
    public string Path(PathString path)
    {
        foreach (var prefix in SecretPathPrefixes)
        {
            if (path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase, out var rest) && rest.HasValue && rest.Value != "/")
            {
                var afterSecret = rest.Value!.IndexOf('/', 1);
                return prefix + "/" + Mask + (afterSecret < 0 ? "" : rest.Value[afterSecret..]);
            }
        }
        return path.Value ?? "";
    }

    /// <summary>The query with the values of secret parameters masked; everything else as the client sent it, decoded.</summary>
    public string Query(QueryString query)
    {
        if (!query.HasValue)
        {
            return "";
        }
        var text = new StringBuilder();
        foreach (var (name, values) in QueryHelpers.ParseQuery(query.Value))
        {
            var secret = SecretParameters.Contains(name, StringComparer.OrdinalIgnoreCase);
            foreach (var value in values)
            {
                text.Append(text.Length == 0 ? '?' : '&').Append(name).Append('=').Append(secret ? Mask : value);
            }
        }
        return text.ToString();
    }
}
