using System.Text.Json;
using System.Text.Json.Serialization;

namespace IOC.Analytics.Influx;

/// <summary>The JSON shape of a <c>/query</c> answer.</summary>
internal sealed record QueryResponse(IReadOnlyList<StatementResult>? Results, string? Error);

internal sealed record StatementResult(
    [property: JsonPropertyName("statement_id")] int StatementId,
    IReadOnlyList<SeriesResult>? Series,
    string? Error,
    bool Partial);

internal sealed record SeriesResult(
    string? Name,
    IReadOnlyDictionary<string, string>? Tags,
    IReadOnlyList<string>? Columns,
    IReadOnlyList<IReadOnlyList<JsonElement>>? Values,
    bool Partial);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(QueryResponse))]
internal sealed partial class QueryJson : JsonSerializerContext;
