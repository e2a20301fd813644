using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using IOC.Dashboard.Accounts;
using IOC.Dashboard.Tests.Accounts;
using IOC.Dashboard.Tests.Api;
using IOC.Dashboard.Tests.Exports;
using IOC.Testing;

namespace IOC.Dashboard.Tests.Reports;

/// <summary>
/// The report of <see cref="HandComputedWeek"/> (ISO week 2026-W45, 2–8 November), against the real stores, worked out
/// by hand from the week's ten dossiers: Sở Tư pháp received D10 (direct, resolved early); Xã Hòa Bình carried D1 over
/// and received six (D4, D5, D6, D8 online; D2 direct; D3 postal), resolved three (D2 early, D3 on time, D1 late), saw
/// D6 withdrawn, has D4 overdue and D5, D8 within the deadline, and refused D7 at reception; Sở Xây dựng and Phường Tân
/// Lập received nothing. Each row's columns: total, carried over, received (online, direct, postal), resolved (early,
/// on time, late), withdrawn, in process (within, overdue), refused.
/// </summary>
public sealed partial class ReportEndpointTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
    private const string Week = "2026-W45";
    private const string Password = "báo-cáo-thử";
    private static readonly double[] Commune = [7, 1, 6, 4, 1, 1, 3, 1, 1, 1, 1, 3, 2, 1, 1];
    private static readonly double[] Justice = [1, 0, 1, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0];
    private static readonly double[] Province = [8, 1, 7, 4, 2, 1, 4, 2, 1, 1, 1, 3, 2, 1, 1];
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = await HandComputedWeek.ReaderAsync(app);
        await People.EnsureAsync(app, "report-head", AccountRole.Head, TestCatalog.CommuneA, Password);
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Xlsx_TheWeek_FormHoldsTheHandCountedRowsSubtotalsAndTotal()
    {
        var sheets = ExportReading.Sheets(await BytesAsync($"/api/v1/reports/{Week}.xlsx?unit={TestCatalog.Province}"), out var errors);
        var form = sheets["Biểu 06"];

        Assert.True(errors.Length == 0, string.Join("\n", errors));
        Assert.Equal(["Biểu 06", "Chỉ tiêu", "Quá hạn nhiều nhất", "Xếp hạng trực tuyến", "Không tiếp nhận"], sheets.Keys);
        Assert.Contains("Tuần 45/2026 (02/11/2026 – 08/11/2026)", (string)form[2][0]!);
        Assert.Equal(Justice, CountsOf(form, "Sở Tư pháp"));
        Assert.Equal(new double[15], CountsOf(form, "Sở Xây dựng"));
        Assert.Equal(Justice, CountsOf(form, "Cộng I"));
        Assert.Equal(Commune, CountsOf(form, "Xã Hòa Bình"));
        Assert.Equal(Commune, CountsOf(form, "Cộng II"));
        Assert.Equal(Province, CountsOf(form, "Tổng cộng"));
        Assert.All(form.Where(row => row.Length == 17 && row[2] is double), row => ReportRows.AssertIdentity(row.Skip(2).Cast<double>().ToArray()));
    }

    [Fact]
    public async Task Xlsx_TheWeek_SummaryAndListsAreTheHandCountedOnes()
    {
        var sheets = ExportReading.Sheets(await BytesAsync($"/api/v1/reports/{Week}.xlsx?unit={TestCatalog.Province}"), out _);

        // Online: 4 of 7 this week; the week before received only D1, online; from 1 January D1–D6, D8, D10: 5 of 8.
        var online = sheets["Chỉ tiêu"].Single(row => (string?)row[0] == "Tỷ lệ hồ sơ trực tuyến");
        Assert.Equal([4.0 / 7, 1.0, 4.0 / 7 - 1, 5.0 / 8], online.Skip(1).Select(cell => (double)cell!), new Close());
        var late = sheets["Chỉ tiêu"].Single(row => (string?)row[0] == "Tỷ lệ trễ hạn (Biểu 06)");
        Assert.Equal((0.25, null, null), ((double)late[1]!, late[2], late[3]));
        Assert.Equal(["Đăng ký khai sinh", 1.0, 3.0], sheets["Quá hạn nhiều nhất"][2].Skip(2));
        Assert.Equal([["Xã Hòa Bình", 6.0, 4.0], ["Sở Tư pháp", 1.0, 0.0]], sheets["Xếp hạng trực tuyến"].Skip(1).Select(row => row[2..5]));
        Assert.Equal(["Phường Tân Lập", "Sở Xây dựng"], sheets["Không tiếp nhận"].Skip(1).Select(row => (string?)row[2]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Html_TheWeek_EveryUnitsRowEqualsTheApi()
    {
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync($"/api/v1/reports/{Week}.html?unit={TestCatalog.Province}"));
        using var units = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/kpi/units?parent={TestCatalog.Province}&{HandComputedWeek.Period}"));
        using var province = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/kpi?unit={TestCatalog.Province}&{HandComputedWeek.Period}"));

        foreach (var unit in units.RootElement.EnumerateArray())
        {
            Assert.Equal(ReportRows.FromApi(unit), ReportRows.FromHtml(html, $"data-unit=\"{unit.GetProperty("unit").GetString()}\"").Single());
        }
        Assert.Equal(ReportRows.FromApi(province.RootElement), ReportRows.FromHtml(html, "data-testid=\"report-total\"").Single());
        Assert.Contains("Số liệu đến hết ngày 08/11/2026", html);
        Assert.Contains("Người lập biểu", html);
    }

    [Fact]
    public async Task Pdf_TheWeek_IsPrintedOnA4LandscapePagesOnePerSection()
    {
        var pdf = await BytesAsync($"/api/v1/reports/{Week}.pdf?unit={TestCatalog.Province}");
        var text = System.Text.Encoding.Latin1.GetString(pdf);

        Assert.StartsWith("%PDF-", text);
        var box = MediaBox().Match(text);
        Assert.True(box.Success, "no page size in the PDF");
        var (width, height) = (double.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            double.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(width, 838, 846);
        Assert.InRange(height, 592, 599);
        Assert.True(PageObject().Matches(text).Count >= 3, "fewer than three pages");
    }

    [Fact]
    public async Task CutOffMonth_EqualsTheApiForItsDays()
    {
        var sheets = ExportReading.Sheets(await BytesAsync($"/api/v1/reports/2026-11c.xlsx?unit={TestCatalog.Province}"), out _);
        using var province = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/kpi?unit={TestCatalog.Province}&from=2026-10-15&to=2026-11-14"));

        Assert.Contains("(kỳ báo cáo từ 15/10/2026 đến 14/11/2026)", (string)sheets["Biểu 06"][2][0]!);
        Assert.Equal(ReportRows.FromApi(province.RootElement), CountsOf(sheets["Biểu 06"], "Tổng cộng").Select(count => (int)count));
    }

    [Fact]
    public async Task AHead_GetsTheirUnitsReportByDefault_AndNoOther()
    {
        using var head = await People.SignedInAsync(app, "report-head", Password);

        var own = ExportReading.Sheets(await head.GetByteArrayAsync($"/api/v1/reports/{Week}.xlsx"), out _);
        using var other = await head.GetAsync($"/api/v1/reports/{Week}.html?unit={TestCatalog.Province}");

        Assert.Contains("Xã Hòa Bình", (string)own["Biểu 06"][2][0]!);
        Assert.Equal(Commune, CountsOf(own["Biểu 06"], "Tổng cộng"));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/reports/2026-W45.xlsx?unit=NOWHERE", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/reports/2026-W99.xlsx", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/reports/2026-11x.html", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/reports/2099-01.html", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/reports/2026-W45.docx", HttpStatusCode.NotFound)]
    public async Task BadRequests_GetAClearAnswer(string path, HttpStatusCode expected)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task WithoutAKey_IsRefused()
    {
        using var anonymous = app.CreateClient();

        using var response = await anonymous.GetAsync($"/api/v1/reports/{Week}.xlsx");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static double[] CountsOf(List<object?[]> form, string label) =>
        form.Single(row => row.Length > 2 && (string?)row[1] == label).Skip(2).Select(cell => (double)cell!).ToArray();

    private async Task<byte[]> BytesAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsByteArrayAsync();
    }

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]")]
    private static partial Regex MediaBox();

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();


    private sealed class Close : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;

        public int GetHashCode(double obj) => 0;
    }
}
