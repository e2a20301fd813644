using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using IOC.Analytics.Influx;
using IOC.Analytics.Time;
using IOC.Testing;
using IOC.Testing.Grafana;

namespace IOC.Ingestion.Tests.Grafana;

/// <summary>
/// Every query of every dashboard, filled as Grafana fills it, answers with data from the simulator and a backfill;
/// and for one unit and one ended day, the panels behind "received", "resolved late", "in process overdue" and "online
/// ratio" show what <c>GET /api/v1/kpi</c> answers.
/// </summary>
[Collection(GrafanaCollection.Name)]
public sealed class GrafanaQueriesTests(GrafanaLiveData data)
{
    public static TheoryData<string> Dashboards() => [.. GrafanaFiles.DashboardFiles];

    [Theory]
    [MemberData(nameof(Dashboards))]
    public async Task EveryQuery_OneUnitSeveralAndAll_AnswersWithSeries(string file)
    {
        var units = await UnitsAsync();
        // A department with traffic: most of the demo's departments receive only a few dossiers a week.
        var department = await BusiestDepartmentAsync(ProvinceTime.DateOf(data.LoadedAt).AddDays(-1));
        IReadOnlyList<IReadOnlyList<string>> choices = [[GrafanaLiveData.Province], [GrafanaLiveData.Province, department], units];
        // Each dashboard's own default range, at the interval Grafana picks for it (range / ~1,000 points, at least 10 s).
        var (timeFilter, interval) = file == "ioc-health.json"
            ? (TimeFilter(data.LoadedAt.AddHours(-1), data.LoadedAt.AddMinutes(1)), "10s")
            : (TimeFilter(data.LoadedAt.AddDays(-(GrafanaLiveData.Days + 1)), data.LoadedAt.AddMinutes(1)), "10m");

        foreach (var panel in GrafanaFiles.Dashboard(file).Panels)
        {
            foreach (var query in panel.Queries)
            {
                // A repeated row's panels get one value each; the others get every choice the variable offers.
                var fills = query.Contains("'$unit'", StringComparison.Ordinal) ? choices.Where(c => c.Count == 1).Append([department])
                    : query.Contains("$unit", StringComparison.Ordinal) ? choices
                    : [[]];
                foreach (var choice in fills)
                {
                    var text = GrafanaMacros.Fill(query, timeFilter, interval, choice);

                    var series = await data.Query.QueryAsync(text);

                    Assert.True(series.Any(s => s.Values.Count > 0), $"{panel.Title}: no data for {text}");
                }
            }
        }
    }

    [Fact]
    public async Task Panels_OneUnitOneEndedDay_ShowWhatTheApiAnswers()
    {
        var yesterday = ProvinceTime.DateOf(data.LoadedAt).AddDays(-1);
        var figures = new List<(long Received, double? ResolvedLate, double? Overdue)>();

        foreach (var unit in new[] { GrafanaLiveData.Province, await BusiestDepartmentAsync(yesterday) })
        {
            figures.Add(await AssertPanelsEqualTheApiAsync(unit, yesterday));
        }

        Assert.All(figures, f => Assert.True(f.Received > 0, "a unit that received nothing would prove little"));
        Assert.Contains(figures, f => f.ResolvedLate > 0 || f.Overdue > 0);
    }

    private async Task<(long Received, double? ResolvedLate, double? Overdue)> AssertPanelsEqualTheApiAsync(string unit, DateOnly day)
    {
        var timeFilter = TimeFilter(ProvinceTime.StartOf(day), ProvinceTime.StartOf(day.AddDays(1)).AddMilliseconds(-1));
        var province = Panels("ioc-province.json");
        var units = Panels("ioc-units.json");

        var received = (await RunAsync(province["Tiếp nhận theo ngày và kênh (received per day by channel, kpi_flow)"], timeFilter, "1m", unit))
            .Sum(s => s.Values.Sum(row => row[1].ValueKind == JsonValueKind.Number ? row[1].GetInt64() : 0));
        var resolvedLate = LastValue(await RunAsync(province["Đã giải quyết trong ngày (resolved, closing figure of each day)"], timeFilter, "1m", unit), "quá hạn");
        var overdue = LastValue(await RunAsync(province["Đang giải quyết quá hạn (in process overdue)"], timeFilter, "1h", unit), "quá hạn");
        var onlineRatio = LastValue(await RunAsync(units["Tỷ lệ trực tuyến và trễ hạn theo ngày (online ratio and overdue rate per day)"], timeFilter, "1m", unit),
            "trực tuyến");

        await Eventually.TrueAsync(async () =>
        {
            var api = await KpiAsync(unit, day);
            return received == api.GetProperty("received").GetProperty("total").GetInt64()
                && resolvedLate == api.GetProperty("resolved").GetProperty("late").GetDouble()
                && overdue == api.GetProperty("inProcess").GetProperty("overdue").GetDouble()
                && onlineRatio is { } ratio && Math.Abs(ratio - api.GetProperty("onlineRatio").GetDouble()) < 1e-9;
        }, TimeSpan.FromSeconds(30), $"Grafana's figures of {unit} on {day:yyyy-MM-dd} (received {received}, resolved late {resolvedLate}, "
            + $"in process overdue {overdue}, online ratio {onlineRatio}) equal to GET /api/v1/kpi's");
        return (received, resolvedLate, overdue);
    }

    private async Task<IReadOnlyList<InfluxSeries>> RunAsync(string query, string timeFilter, string interval, string unit) =>
        await data.Query.QueryAsync(GrafanaMacros.Fill(query, timeFilter, interval, [unit]));

    private static Dictionary<string, string> Panels(string file) =>
        GrafanaFiles.Dashboard(file).Panels.ToDictionary(p => p.Title, p => p.Queries[0], StringComparer.Ordinal);

    // The last non-null value of the column in the answer (a single series).
    private static double? LastValue(IReadOnlyList<InfluxSeries> series, string column)
    {
        var one = Assert.Single(series);
        return Enumerable.Range(0, one.Values.Count).Select(row => one.GetDouble(row, column)).LastOrDefault(v => v is not null);
    }

    private async Task<IReadOnlyList<string>> UnitsAsync()
    {
        var variable = GrafanaFiles.Dashboard("ioc-units.json").Json.GetProperty("templating").GetProperty("list")[0];
        var series = await data.Query.QueryAsync(variable.GetProperty("query").GetString()!);
        return [.. series.SelectMany(s => s.Values.Select(row => row[1].GetString()!))];
    }

    private async Task<string> BusiestDepartmentAsync(DateOnly day)
    {
        var day0 = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var children = await data.Reader.GetFromJsonAsync<JsonElement>($"/api/v1/kpi/units?parent={GrafanaLiveData.Province}&from={day0}&to={day0}");
        return children.EnumerateArray().MaxBy(c => c.GetProperty("received").GetProperty("total").GetInt32()).GetProperty("unit").GetString()!;
    }

    private async Task<JsonElement> KpiAsync(string unit, DateOnly day)
    {
        var day0 = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return await data.Reader.GetFromJsonAsync<JsonElement>($"/api/v1/kpi?unit={unit}&from={day0}&to={day0}");
    }

    // As Grafana's InfluxDB data source writes a range: epoch milliseconds, both ends included.
    private static string TimeFilter(DateTimeOffset from, DateTimeOffset to) =>
        $"time >= {from.ToUnixTimeMilliseconds()}ms and time <= {to.ToUnixTimeMilliseconds()}ms";
}
