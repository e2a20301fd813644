using System.Globalization;
using System.Text.Json;
using IOC.Analytics.Influx;
using IOC.Testing.Grafana;

namespace IOC.Ingestion.Tests.Grafana;

/// <summary>
/// What Grafana would decide for a provisioned alert rule, by hand-written logic (no Grafana server runs here): each
/// query run over its relative time range, <c>reduce</c> (last, max) per series, then <c>threshold</c> (gt, lt) or
/// <c>math</c> (<c>$X &lt; $Y</c>) per series label set; no value at all is the rule's no-data state.
/// </summary>
internal static class AlertEvaluation
{
    /// <summary>The rule's state: "NoData", "OK" or "Alerting", and the series (their tags) that fire.</summary>
    public static async Task<(string State, IReadOnlyList<IReadOnlyDictionary<string, string>> Firing)> EvaluateAsync(GrafanaAlertRule rule,
        InfluxQueryClient query)
    {
        var results = new Dictionary<string, List<(IReadOnlyDictionary<string, string> Tags, double Value)>>(StringComparer.Ordinal);
        foreach (var (refId, text, from, to) in rule.Queries)
        {
            var series = await query.QueryAsync(text.Replace("$timeFilter", GrafanaMacros.RelativeTimeFilter(from, to), StringComparison.Ordinal));
            results[refId] = [.. series.SelectMany(s => Enumerable.Range(0, s.Values.Count)
                .Select(row => (s.Tags, Value: s.GetDouble(row, s.Columns[1])))
                .Where(v => v.Value is not null)
                .Select(v => (v.Tags, v.Value!.Value)))];
        }
        foreach (var model in rule.Data.Where(d => d.GetProperty("datasourceUid").GetString() == GrafanaAlertRule.ExpressionUid)
            .Select(d => d.GetProperty("model")))
        {
            results[model.GetProperty("refId").GetString()!] = Expression(model, results);
        }
        var condition = results[rule.Condition];
        if (rule.Queries.All(q => results[q.RefId].Count == 0))
        {
            return (rule.NoDataState, []);
        }
        var firing = condition.Where(c => c.Value != 0).Select(c => c.Tags).ToList();
        return (firing.Count > 0 ? "Alerting" : "OK", firing);
    }

    private static List<(IReadOnlyDictionary<string, string> Tags, double Value)> Expression(JsonElement model,
        Dictionary<string, List<(IReadOnlyDictionary<string, string> Tags, double Value)>> results)
    {
        var type = model.GetProperty("type").GetString();
        var expression = model.GetProperty("expression").GetString()!;
        switch (type)
        {
            case "reduce":
                var reducer = model.GetProperty("reducer").GetString();
                return [.. results[expression].GroupBy(r => Key(r.Tags))
                    .Select(g => (g.First().Tags, reducer == "max" ? g.Max(r => r.Value) : g.Last().Value))];
            case "threshold":
                var evaluator = model.GetProperty("conditions")[0].GetProperty("evaluator");
                var limit = double.Parse(evaluator.GetProperty("params")[0].ToString(), CultureInfo.InvariantCulture);
                var above = evaluator.GetProperty("type").GetString() == "gt";
                return [.. results[expression].Select(r => (r.Tags, (above ? r.Value > limit : r.Value < limit) ? 1.0 : 0.0))];
            case "math":
                var parts = expression.Split(" < ", StringSplitOptions.TrimEntries);
                var (left, right) = (results[parts[0].TrimStart('$')], results[parts[1].TrimStart('$')]);
                return left.Count == 1 && right.Count == 1 ? [(left[0].Tags, left[0].Value < right[0].Value ? 1.0 : 0.0)] : [];
            default:
                throw new NotSupportedException($"expression type {type}");
        }
    }

    private static string Key(IReadOnlyDictionary<string, string> tags) =>
        string.Join(',', tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"));
}
