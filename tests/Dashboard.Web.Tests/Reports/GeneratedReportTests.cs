using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using IOC.Analytics.Time;
using IOC.Testing;

namespace IOC.Dashboard.Tests.Reports;

/// <summary>
/// Reports over <see cref="GeneratedFebruary"/>, against the real stores: for the weeks before, during and after Tết,
/// the month and the cut-off month, each unit's row and the total equal <c>GET /api/v1/kpi/units</c> and
/// <c>/api/v1/kpi</c> for the same period, the identity holds on every row, and the subtotals add up.
/// </summary>
public sealed partial class GeneratedReportTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
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

        var rows = units.RootElement.EnumerateArray().ToDictionary(unit => unit.GetProperty("unit").GetString()!, Counts);
        foreach (var (unit, counts) in rows)
        {
            Assert.Equal(counts, Row(html, $"data-unit=\"{unit}\""));
        }
        var total = Row(html, "data-testid=\"report-total\"");
        Assert.Equal(Counts(province.RootElement), total);
        Assert.True(total[0] > 0, $"{code} holds no dossier");
        Assert.All(rows.Values.Append(total), AssertIdentity);
        var subtotals = Rows(html, "data-testid=\"report-subtotal\"");
        Assert.Equal(total, subtotals.Aggregate(new int[15], (sum, row) => sum.Zip(row, (a, b) => a + b).ToArray()));
    }

    private static void AssertIdentity(int[] c)
    {
        Assert.Equal(c[0], c[1] + c[2]);
        Assert.Equal(c[0], c[6] + c[10] + c[11]);
        Assert.Equal(c[2], c[3] + c[4] + c[5]);
        Assert.Equal(c[6], c[7] + c[8] + c[9]);
        Assert.Equal(c[11], c[12] + c[13]);
    }

    private static int[] Counts(JsonElement kpi)
    {
        int Of(string part, string name) => kpi.GetProperty(part).GetProperty(name).GetInt32();
        var carried = kpi.GetProperty("carriedOver").GetInt32();
        return
        [
            carried + Of("received", "total"), carried, Of("received", "total"), Of("received", "online"), Of("received", "direct"),
            Of("received", "postal"), Of("resolved", "total"), Of("resolved", "early"), Of("resolved", "onTime"), Of("resolved", "late"),
            kpi.GetProperty("withdrawn").GetInt32(), Of("inProcess", "total"), Of("inProcess", "withinDeadline"), Of("inProcess", "overdue"),
            kpi.GetProperty("refused").GetInt32(),
        ];
    }

    private static int[] Row(string html, string marker) => Rows(html, marker).Single();

    private static List<int[]> Rows(string html, string marker)
    {
        var rows = new List<int[]>();
        for (var start = html.IndexOf(marker, StringComparison.Ordinal); start >= 0; start = html.IndexOf(marker, start + 1, StringComparison.Ordinal))
        {
            var row = html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
            rows.Add(Number().Matches(row).Select(match => int.Parse(match.Groups[1].Value.Replace(".", ""), System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        }
        return rows;
    }

    [GeneratedRegex("<td class=\"num\">([0-9.]+)</td>")]
    private static partial Regex Number();
}
