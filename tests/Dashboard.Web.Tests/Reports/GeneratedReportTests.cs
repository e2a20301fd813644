using System.Net;
using System.Text.Json;
using IOC.Analytics.Time;
using IOC.Testing;

namespace IOC.Dashboard.Tests.Reports;

/// <summary>
/// Reports over <see cref="GeneratedFebruary"/>, against the real stores: for the weeks before, during and after Tết,
/// the month and the cut-off month, each unit's row and the total equal <c>GET /api/v1/kpi/units</c> and
/// <c>/api/v1/kpi</c> for the same period, the identity holds on every row, and the subtotals add up.
/// </summary>
public sealed class GeneratedReportTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var seeder = new ProvinceSeeder(app.Database.DataSource);
        await seeder.AppendAndProjectAsync(await seeder.LoadCatalogAsync(), GeneratedFebruary.Events());
        _client = app.CreateClient();
        _client.DefaultRequestHeaders.Add("X-Api-Key", DashboardApp.ReadKey);
        await Eventually.TrueAsync(async () =>
        {
            using var kpi = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/kpi?unit={TestCatalog.Province}&from=2026-02-01&to=2026-02-28"));
            return kpi.RootElement.GetProperty("received").GetProperty("total").GetInt32() + kpi.RootElement.GetProperty("refused").GetInt32() >= 240;
        }, TimeSpan.FromSeconds(60), "the dashboard to follow February");
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("2026-W07")]
    [InlineData("2026-W08")]
    [InlineData("2026-W09")]
    [InlineData("2026-02")]
    [InlineData("2026-02c")]
    [InlineData("2026-03c")]
    public async Task Report_EveryRowEqualsTheApi_TheIdentityHolds_SubtotalsAddUp(string code)
    {
        var period = ReportPeriod.Parse(code)!.Period;
        var range = $"from={period.From:yyyy-MM-dd}&to={period.To:yyyy-MM-dd}";
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync($"/api/v1/reports/{code}.html?unit={TestCatalog.Province}"));
        using var units = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/kpi/units?parent={TestCatalog.Province}&{range}"));
        using var province = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/kpi?unit={TestCatalog.Province}&{range}"));

        var rows = units.RootElement.EnumerateArray().ToDictionary(unit => unit.GetProperty("unit").GetString()!, ReportRows.FromApi);
        foreach (var (unit, counts) in rows)
        {
            Assert.Equal(counts, ReportRows.FromHtml(html, $"data-unit=\"{unit}\"").Single());
        }
        var total = ReportRows.FromHtml(html, "data-testid=\"report-total\"").Single();
        Assert.Equal(ReportRows.FromApi(province.RootElement), total);
        Assert.True(total[0] > 0, $"{code} holds no dossier");
        Assert.All(rows.Values.Append(total), row => ReportRows.AssertIdentity(row.Select(count => (double)count).ToList()));
        var subtotals = ReportRows.FromHtml(html, "data-testid=\"report-subtotal\"");
        Assert.Equal(total, subtotals.Aggregate(new int[15], (sum, row) => sum.Zip(row, (a, b) => a + b).ToArray()));
    }
}
