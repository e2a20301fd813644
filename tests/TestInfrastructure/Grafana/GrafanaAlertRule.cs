using System.Text.Json;

namespace IOC.Testing.Grafana;

/// <summary>A provisioned alert rule: its queries (with their relative time ranges) and expressions.</summary>
public sealed record GrafanaAlertRule(JsonElement Json)
{
    /// <summary>The expression data source's uid.</summary>
    public const string ExpressionUid = "__expr__";

    /// <summary>The rule's uid.</summary>
    public string Uid => Json.GetProperty("uid").GetString() ?? "";

    /// <summary>The refId whose result decides the rule.</summary>
    public string Condition => Json.GetProperty("condition").GetString() ?? "";

    /// <summary>What the rule's state is when its queries return nothing.</summary>
    public string NoDataState => Json.GetProperty("noDataState").GetString() ?? "";

    /// <summary>Every query and expression, by refId.</summary>
    public IReadOnlyList<JsonElement> Data => [.. Json.GetProperty("data").EnumerateArray()];

    /// <summary>The InfluxQL queries with the time range Grafana gives each (seconds before now).</summary>
    public IReadOnlyList<(string RefId, string Query, int From, int To)> Queries =>
    [
        .. Data.Where(d => d.GetProperty("datasourceUid").GetString() != ExpressionUid)
            .Select(d => (d.GetProperty("refId").GetString()!, d.GetProperty("model").GetProperty("query").GetString()!,
                int.Parse(d.GetProperty("relativeTimeRange").GetProperty("from").ToString(), System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(d.GetProperty("relativeTimeRange").GetProperty("to").ToString(), System.Globalization.CultureInfo.InvariantCulture))),
    ];
}
