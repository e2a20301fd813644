using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using IOC.Analytics.Kpi;
using IOC.Analytics.Time;
using IOC.Testing.Grafana;

namespace IOC.Ingestion.Tests.Grafana;

/// <summary>
/// Each provisioned alert rule's queries run against the loaded province, and its condition, evaluated by hand, decides
/// what the API's figures (or a healthy system) say it should.
/// </summary>
[Collection(GrafanaCollection.Name)]
public sealed class GrafanaAlertRulesTests(GrafanaLiveData data)
{
    private static GrafanaAlertRule Rule(string uid) => GrafanaFiles.AlertRules.Single(r => r.Uid == uid);

    [Fact]
    public async Task OnlineRatioYesterday_FiresExactlyWhenTheApiGivesLessThanTheTarget()
    {
        var yesterday = ProvinceTime.DateOf(DateTimeOffset.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var api = await data.Reader.GetFromJsonAsync<JsonElement>($"/api/v1/kpi?unit={GrafanaLiveData.Province}&from={yesterday}&to={yesterday}");

        var (state, _) = await AlertEvaluation.EvaluateAsync(Rule("ioc-online-ratio-yesterday"), data.Query);

        Assert.Equal(api.GetProperty("onlineRatio").GetDouble() < KpiTargets.Default.OnlineRatio ? "Alerting" : "OK", state);
    }

    [Fact]
    public async Task UnitInProcessOverdue_FiresForTheUnitsTheApiCountsAboveTwenty()
    {
        var today = ProvinceTime.DateOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rule = Rule("ioc-unit-in-process-overdue");
        var limit = double.Parse(rule.Data.Single(d => d.GetProperty("refId").GetString() == "C").GetProperty("model")
            .GetProperty("conditions")[0].GetProperty("evaluator").GetProperty("params")[0].ToString(), CultureInfo.InvariantCulture);
        var departments = await data.Reader.GetFromJsonAsync<JsonElement>($"/api/v1/kpi/units?parent={GrafanaLiveData.Province}&from={today}&to={today}");
        var overdue = departments.EnumerateArray().ToDictionary(d => d.GetProperty("unit").GetString()!,
            d => d.GetProperty("inProcess").GetProperty("overdue").GetInt32());

        var (_, firing) = await AlertEvaluation.EvaluateAsync(rule, data.Query);

        var firingDepartments = firing.Select(t => t["unit"]).Where(overdue.ContainsKey).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(overdue.Where(d => d.Value > limit).Select(d => d.Key).Order(StringComparer.Ordinal), firingDepartments);
        Assert.Contains(overdue.Values, v => v > 0);
    }

    [Theory]
    [InlineData("ioc-pipeline-lag")]
    [InlineData("ioc-health-silent-ingestion")]
    [InlineData("ioc-health-silent-dashboard")]
    public async Task HealthRules_HealthyServicesJustRun_DataAndNoAlert(string uid)
    {
        var (state, _) = await AlertEvaluation.EvaluateAsync(Rule(uid), data.Query);

        Assert.Equal("OK", state);
    }

    [Theory]
    [InlineData("ioc-health-silent-ingestion")]
    [InlineData("ioc-health-silent-dashboard")]
    public async Task HealthSilence_NoPointAtAll_Alerts(string uid)
    {
        var (state, _) = await AlertEvaluation.EvaluateAsync(Rule(uid), await data.EmptyDatabaseAsync());

        Assert.Equal("Alerting", state);
    }
}
