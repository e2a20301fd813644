using System.Text.RegularExpressions;
using IOC.Testing;
using IOC.Testing.Grafana;

namespace IOC.Analytics.Tests.Grafana;

/// <summary>
/// The dashboards, data source and alert rules under grafana/ are well formed and query only what docs/influxdb.md
/// documents. (No Grafana server runs here; Ingestion.Tests runs every query against real data.)
/// </summary>
public sealed partial class GrafanaDashboardTests
{
    public static TheoryData<string> Dashboards() => [.. GrafanaFiles.DashboardFiles];

    [Fact]
    public void Dashboards_TheThreeViews_EachWithItsOwnFixedUid()
    {
        var uids = GrafanaFiles.DashboardFiles.Select(f => GrafanaFiles.Dashboard(f).Uid).ToList();

        Assert.Equal(["ioc-health", "ioc-province", "ioc-units"], uids.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Dashboards))]
    public void EveryPanel_HasADescriptionAndQueriesOnlyTheProvisionedDataSource(string file)
    {
        var panels = GrafanaFiles.Dashboard(file).Panels;

        Assert.NotEmpty(panels);
        Assert.All(panels, panel =>
        {
            Assert.NotEmpty(panel.Queries);
            Assert.All(panel.Queries, q => Assert.False(string.IsNullOrWhiteSpace(q), panel.Title));
            Assert.All(panel.DataSourceUids, uid => Assert.Equal(GrafanaFiles.DataSourceUid, uid));
            Assert.False(string.IsNullOrWhiteSpace(panel.Json.GetProperty("description").GetString()), panel.Title);
        });
    }

    [Theory]
    [MemberData(nameof(Dashboards))]
    public void EveryVariableUsed_IsDefined(string file)
    {
        var dashboard = GrafanaFiles.Dashboard(file);

        foreach (var panel in dashboard.Panels)
        {
            foreach (var name in panel.Queries.Append(panel.Title).SelectMany(GrafanaMacros.VariablesIn))
            {
                Assert.Contains(name, dashboard.Variables);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Dashboards))]
    public void EveryQuery_FiltersByTimeAndBucketsDaysInProvinceTime(string file)
    {
        foreach (var query in GrafanaFiles.Dashboard(file).Panels.SelectMany(p => p.Queries))
        {
            Assert.Contains("$timeFilter", query, StringComparison.Ordinal);
            foreach (Match bucket in TimeBucket().Matches(query))
            {
                Assert.Contains(bucket.Groups[1].Value, new[] { "$__interval", "1d" });
                Assert.True(bucket.Groups[1].Value != "1d" || query.Contains("tz('Asia/Ho_Chi_Minh')", StringComparison.Ordinal), query);
            }
            Assert.True(!query.Contains("FROM \"kpi_flow\"", StringComparison.Ordinal) || !Gauge().IsMatch(query),
                $"kpi_flow holds flows to sum(), not gauges: {query}");
        }
    }

    [Theory]
    [MemberData(nameof(Dashboards))]
    public async Task EveryFieldQueried_IsDocumented(string file)
    {
        var documented = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "docs", "influxdb.md"));

        foreach (var name in GrafanaFiles.Dashboard(file).Panels.SelectMany(p => p.Queries).SelectMany(Names))
        {
            Assert.Contains($"`{name}`", documented, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EveryFieldAnAlertRuleQueries_IsDocumented()
    {
        var documented = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "docs", "influxdb.md"));

        foreach (var name in GrafanaFiles.AlertRules.SelectMany(r => r.Queries).SelectMany(q => Names(q.Query)))
        {
            Assert.Contains($"`{name}`", documented, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ProvisioningFiles_AllParse_AndTheDataSourceKeepsNoSecretOrAddress()
    {
        Assert.Equal(
            [Path.Combine("provisioning", "alerting", "ioc-alerts.yaml"), Path.Combine("provisioning", "dashboards", "ioc.yaml"),
                Path.Combine("provisioning", "datasources", "ioc-influxdb.yaml")],
            GrafanaFiles.ProvisioningFiles);
        var source = GrafanaFiles.Provisioning(Path.Combine("provisioning", "datasources", "ioc-influxdb.yaml")).GetProperty("datasources")[0];

        Assert.Equal(("ioc-influxdb", "influxdb"), (source.GetProperty("uid").GetString(), source.GetProperty("type").GetString()));
        Assert.StartsWith("$__env{", source.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("$__env{", source.GetProperty("user").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("$__env{", source.GetProperty("jsonData").GetProperty("dbName").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("$__env{", source.GetProperty("secureJsonData").GetProperty("password").GetString(), StringComparison.Ordinal);
        var provider = GrafanaFiles.Provisioning(Path.Combine("provisioning", "dashboards", "ioc.yaml")).GetProperty("providers")[0];
        Assert.Equal("file", provider.GetProperty("type").GetString());
    }

    [Fact]
    public void AlertRules_EveryRule_ResolvesItsDataSourcesAndReferences()
    {
        var rules = GrafanaFiles.AlertRules;

        Assert.Equal(["ioc-health-silent-dashboard", "ioc-health-silent-ingestion", "ioc-online-ratio-yesterday", "ioc-pipeline-lag",
            "ioc-unit-in-process-overdue"], rules.Select(r => r.Uid).Order(StringComparer.Ordinal));
        Assert.All(rules, rule =>
        {
            var refIds = rule.Data.Select(d => d.GetProperty("refId").GetString()!).ToHashSet();
            Assert.Contains(rule.Condition, refIds);
            Assert.All(rule.Data, d => Assert.Contains(d.GetProperty("datasourceUid").GetString(), new[] { GrafanaFiles.DataSourceUid, GrafanaAlertRule.ExpressionUid }));
            Assert.All(rule.Queries, q => Assert.Contains("$timeFilter", q.Query, StringComparison.Ordinal));
            foreach (var model in rule.Data.Select(d => d.GetProperty("model")).Where(m => m.TryGetProperty("expression", out _)))
            {
                foreach (var reference in References().Matches(model.GetProperty("expression").GetString()!).Select(m => m.Groups[1].Value))
                {
                    Assert.Contains(reference, refIds);
                }
            }
        });
    }

    // Quoted lower-case names are measurements, tags and fields; aliases are Vietnamese words.
    private static IEnumerable<string> Names(string query) => Quoted().Matches(query).Select(m => m.Groups[1].Value);

    [GeneratedRegex("\"([a-z_0-9]+)\"")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"GROUP BY time\(([^)]+)\)")]
    private static partial Regex TimeBucket();

    [GeneratedRegex(@"\b(last|first|mean|max|min)\(")]
    private static partial Regex Gauge();

    [GeneratedRegex(@"\$?\b([A-Z][A-Z0-9]*)\b")]
    private static partial Regex References();
}
