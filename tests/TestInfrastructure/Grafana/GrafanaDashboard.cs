using System.Text.Json;

namespace IOC.Testing.Grafana;

/// <summary>A dashboard's panels and their InfluxQL queries, and the variables it defines.</summary>
public sealed record GrafanaDashboard(JsonElement Json)
{
    /// <summary>The dashboard's uid.</summary>
    public string Uid => Json.GetProperty("uid").GetString() ?? "";

    /// <summary>Every panel that shows data (rows left out; a collapsed row's panels included).</summary>
    public IReadOnlyList<GrafanaPanel> Panels =>
    [
        .. Json.GetProperty("panels").EnumerateArray()
            .SelectMany(p => p.TryGetProperty("panels", out var inner) ? [p, .. inner.EnumerateArray()] : new[] { p })
            .Where(p => p.GetProperty("type").GetString() != "row")
            .Select(p => new GrafanaPanel(p, RepeatedBy(p))),
    ];

    /// <summary>The names of the variables the dashboard defines.</summary>
    public IReadOnlySet<string> Variables =>
        Json.GetProperty("templating").GetProperty("list").EnumerateArray().Select(v => v.GetProperty("name").GetString()!).ToHashSet();

    // A panel below a repeated row (up to the next row) is drawn once per value of the row's variable.
    private string? RepeatedBy(JsonElement panel)
    {
        string? repeat = null;
        foreach (var p in Json.GetProperty("panels").EnumerateArray())
        {
            if (p.GetProperty("type").GetString() == "row")
            {
                repeat = p.TryGetProperty("repeat", out var r) ? r.GetString() : null;
            }
            else if (p.GetProperty("id").GetInt32() == panel.GetProperty("id").GetInt32())
            {
                return repeat;
            }
        }
        return null;
    }
}

/// <summary>One panel: its title, queries, data sources and the row variable it repeats by, if any.</summary>
public sealed record GrafanaPanel(JsonElement Json, string? RepeatedBy)
{
    /// <summary>The panel's title.</summary>
    public string Title => Json.GetProperty("title").GetString() ?? "";

    /// <summary>The panel's raw InfluxQL queries.</summary>
    public IReadOnlyList<string> Queries =>
        [.. Json.TryGetProperty("targets", out var targets) ? targets.EnumerateArray().Select(t => t.TryGetProperty("query", out var q) ? q.GetString() ?? "" : "") : []];

    /// <summary>The uids of the data sources the panel and its queries name.</summary>
    public IReadOnlyList<string> DataSourceUids =>
    [
        .. new[] { Json }.Concat(Json.TryGetProperty("targets", out var targets) ? targets.EnumerateArray() : [])
            .Select(e => e.TryGetProperty("datasource", out var ds) && ds.ValueKind == JsonValueKind.Object && ds.TryGetProperty("uid", out var uid)
                ? uid.GetString() ?? ""
                : "(none)"),
    ];
}
