using System.Text.Json;
using System.Text.RegularExpressions;
using IOC.Analytics.Catalog;
using IOC.Analytics.Influx;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Kpi;
using IOC.Analytics.Kpi.Flow;
using IOC.Analytics.Kpi.Live;
using IOC.Analytics.Time;
using IOC.Testing;
using IOC.Testing.Servers;

namespace IOC.Analytics.Tests.Grafana;

/// <summary>No Grafana server exists here: the dashboards are checked by running their queries against the real InfluxDB.</summary>
public sealed partial class GrafanaDashboardTests
{
    private const string Unit = "000.00.00.H56";

    public static TheoryData<string> Dashboards() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "grafana", "dashboards"), "*.json").Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Dashboards))]
    public async Task EveryPanelQuery_AgainstLivePoints_RunsAndReturnsData(string file)
    {
        var influx = await InfluxServer.SharedAsync();
        var options = new InfluxOptions { Url = influx.Url, Database = "grafana_" + Guid.NewGuid().ToString("N")[..8], FlushInterval = TimeSpan.FromMilliseconds(50) };
        using var http = new HttpClient();
        var query = new InfluxQueryClient(http, options);
        await query.CreateDatabaseAsync(options.Database);
        await using (var writer = new InfluxWriter(http, options))
        {
            var now = DateTimeOffset.UtcNow;
            await writer.WriteAsync(KpiPoints.Of(Sample(now.AddHours(-2), received: 3, online: 1)));
            var latest = Sample(now.AddMinutes(-5), received: 7, online: 4);
            await writer.WriteAsync(KpiPoints.Of(latest));
            await writer.WriteAsync(KpiFlowPoints.Of(new KpiFlow(ProvinceTime.DateOf(now), latest.Unit, "Hộ tịch", Channel.Online, latest.Figures)));
            await writer.FlushAsync();
        }

        foreach (var target in Targets(file))
        {
            var text = target.Replace("$unit", Unit, StringComparison.Ordinal)
                .Replace("$timeFilter", "time > now() - 7d", StringComparison.Ordinal)
                .Replace("$__interval", "1m", StringComparison.Ordinal);

            var series = await query.QueryAsync(text);

            Assert.True(series.Count > 0 && series.Any(s => s.Values.Count > 0), $"no data for: {text}");
        }
    }

    [Theory]
    [MemberData(nameof(Dashboards))]
    public async Task EveryFieldQueried_IsDocumented(string file)
    {
        var documented = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "docs", "influxdb.md"));

        foreach (var name in Targets(file).SelectMany(t => Quoted().Matches(t).Select(m => m.Groups[1].Value)))
        {
            Assert.Contains($"`{name}`", documented, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Dashboards))]
    public void EveryPanel_HasAQuery(string file)
    {
        var panels = PanelQueries(file);

        Assert.NotEmpty(panels);
        Assert.All(panels, queries => Assert.Contains(queries, q => !string.IsNullOrWhiteSpace(q)));
    }

    private static IEnumerable<string> Targets(string file) => PanelQueries(file).SelectMany(queries => queries);

    private static List<List<string>> PanelQueries(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "grafana", "dashboards", file)));
        return document.RootElement.GetProperty("panels").EnumerateArray()
            .Select(p => p.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("query").GetString() ?? "").ToList())
            .ToList();
    }

    private static UnitKpi Sample(DateTimeOffset at, int received, int online)
    {
        var unit = new Unit(Unit, "Tỉnh Khánh Hòa", null, UnitLevel.Province, null);
        var today = ProvinceTime.DateOf(at);
        var figures = new KpiFigures
        {
            ReceivedOnline = online,
            ReceivedDirect = received - online,
            ResolvedEarly = 1,
            ResolvedLate = 1,
            InProcessOverdue = 1,
            InProcessWithinDeadline = 2,
        };
        return new UnitKpi(unit, new Period(today, today), at, figures, new ServiceCounts(0, 0, 0, 0));
    }

    [GeneratedRegex("\"([a-z_0-9]+)\"")]
    private static partial Regex Quoted();
}
