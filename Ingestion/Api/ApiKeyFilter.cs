using System.Security.Cryptography;
using System.Text;

namespace IOC.Ingestion.Api;

/// <summary>Lets a request through only when its <c>X-Api-Key</c> header carries the ingest key.</summary>
public sealed class ApiKeyFilter(IngestionSettings settings) : IEndpointFilter
{
    /// <summary>The header sources put their key in.</summary>
    public const string Header = "X-Api-Key";

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var presented = context.HttpContext.Request.Headers[Header].ToString();
        var expected = Encoding.UTF8.GetBytes(settings.IngestApiKey);
        if (presented.Length == 0 || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), expected))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing or unknown API key",
                detail: $"Send the ingest key in the {Header} header.");
        }
        return await next(context);
    }
}
