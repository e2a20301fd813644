using System.Net;
using System.Text.Json;
using IOC.Dashboard.Tests.Api;
using IOC.Testing;

namespace IOC.Dashboard.Tests.Exports;

/// <summary>
/// The exports of the grids on <see cref="HandComputedWeek"/>, against the real stores, read back cell by cell: the
/// in-process list holds D4 (overdue, one working day late), D5 and D8 as the JSON list does; the province's child
/// units put Xã Hòa Bình first (6 received, 4 of them online; resolved D1 late, D2 early, D3 on time; D4 overdue).
/// </summary>
public sealed class ExportEndpointTests(DashboardApp app) : IClassFixture<DashboardApp>, IAsyncLifetime
{
    private const string Week = HandComputedWeek.Period;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = await HandComputedWeek.ReaderAsync(app);
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task DossiersCsv_Vietnamese_HoldsTheListWithItsHeadersBySemicolons()
    {
        using var response = await _client.GetAsync($"/api/v1/dossiers.csv?unit={TestCatalog.Province}&status=in-process&{Week}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"ho-so-in-process-{TestCatalog.Province}-20261102-20261108.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.True(ExportReading.HasByteOrderMark(bytes));
        var rows = ExportReading.Csv(bytes, ';');
        Assert.Equal(["Mã hồ sơ", "Đơn vị", "Thủ tục", "Kênh", "Ngày nhận", "Hạn xử lý", "Ngày giải quyết", "Trạng thái", "Số ngày trễ"], rows[0]);
        Assert.Equal(["D4", "Xã Hòa Bình", "Đăng ký khai sinh", "Trực tuyến", "04/11/2026 09:00", "05/11/2026 09:00", "", "Quá hạn", "1"], rows[1]);
        Assert.Equal(["D5", "D8"], rows.Skip(2).Select(row => row[0]));
        Assert.Equal(await JsonTotalAsync("in-process"), rows.Count - 1);
    }

    [Fact]
    public async Task DossiersCsv_English_CommasAndIsoDates()
    {
        var rows = ExportReading.Csv(await BytesAsync($"/api/v1/dossiers.csv?unit={TestCatalog.Province}&status=resolved-late&{Week}&lang=en"), ',');

        Assert.Equal("Dossier code", rows[0][0]);
        Assert.Equal(["D1", "2026-10-30 09:00", "2026-11-02 09:00", "2026-11-03 10:00", "1"],
            new[] { rows[1][0], rows[1][4], rows[1][5], rows[1][6], rows[1][8] });
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public async Task DossiersXlsx_Overdue_IsD4WithRealDatesAndNumbersUnderAFrozenHeader()
    {
        var rows = ExportReading.Xlsx(await BytesAsync($"/api/v1/dossiers.xlsx?unit={TestCatalog.Province}&status=overdue&{Week}"), out var facts);

        Assert.True(facts.Errors.Length == 0, string.Join("\n", facts.Errors));
        Assert.Equal("Hồ sơ đang giải quyết quá hạn", facts.SheetName);
        Assert.Equal("A2", facts.FrozenAt);
        Assert.Equal("Số ngày trễ", rows[0][8]);
        var d4 = Assert.Single(rows.Skip(1));
        Assert.Equal("D4", d4[0]);
        Assert.Equal(new DateTime(2026, 11, 4, 9, 0, 0).ToOADate(), (double)d4[4]!, 6);
        Assert.Null(d4[6]);
        Assert.Equal(1.0, d4[8]);
        Assert.Equal([0u, 0u, 0u, 0u, 164u, 164u, 164u, 0u, 3u], facts.SecondRowFormats);
    }

    [Fact]
    public async Task KpiUnitsCsv_Province_OrdersChildUnitsAsThePageAndComputesTheirFigures()
    {
        var rows = ExportReading.Csv(await BytesAsync($"/api/v1/kpi/units.csv?parent={TestCatalog.Province}&{Week}"), ';');

        Assert.Equal(["Đơn vị", "Tiếp nhận", "Tỷ lệ trực tuyến", "Tỷ lệ đúng hạn", "Đang giải quyết quá hạn"], rows[0]);
        Assert.Equal(["Xã Hòa Bình", "6", "66,7%", "66,7%", "1"], rows[1]);
        Assert.Equal(5, rows.Count);
        Assert.Contains(["Sở Xây dựng", "0", "", "", "0"], rows);
    }

    [Fact]
    public async Task KpiUnitsXlsx_RatiosArePercentagesNotText()
    {
        var rows = ExportReading.Xlsx(await BytesAsync($"/api/v1/kpi/units.xlsx?parent={TestCatalog.Province}&{Week}&sort=name&q=Hòa"), out var facts);

        Assert.True(facts.Errors.Length == 0, string.Join("\n", facts.Errors));
        var commune = Assert.Single(rows.Skip(1));
        Assert.Equal("Xã Hòa Bình", commune[0]);
        Assert.Equal([6.0, Math.Round(4.0 / 6, 9), Math.Round(2.0 / 3, 9), 1.0], commune.Skip(1).Select(cell => Math.Round((double)cell!, 9)));
        Assert.Equal([0u, 3u, 165u, 165u, 3u], facts.SecondRowFormats);
    }

    [Theory]
    [InlineData("/api/v1/dossiers.csv?unit=NOWHERE&status=overdue&" + Week, HttpStatusCode.NotFound)]
    [InlineData("/api/v1/dossiers.xlsx?unit=000.00.00.T01&status=late&" + Week, HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/dossiers.csv?unit=000.00.00.T01&status=overdue", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/kpi/units.xlsx?" + Week, HttpStatusCode.BadRequest)]
    public async Task Exports_BadQuery_GetTheJsonListsAnswer(string path, HttpStatusCode expected)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/dossiers.csv?unit=000.00.00.T01&status=overdue&" + Week)]
    [InlineData("/api/v1/kpi/units.xlsx?parent=000.00.00.T01&" + Week)]
    public async Task Exports_WithoutAKey_AreRefused(string path)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<byte[]> BytesAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<int> JsonTotalAsync(string status)
    {
        using var response = await _client.GetAsync($"/api/v1/dossiers?unit={TestCatalog.Province}&status={status}&{Week}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32();
    }
}
