using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IOC.Analytics.Catalog;

namespace IOC.Ingestion.Tests.Api;

public sealed class CatalogEndpointTests(IngestionApp app) : IClassFixture<IngestionApp>
{
    private static object[] Units(string prefix) =>
    [
        new { code = prefix + ".ROOT", name = "Tỉnh Thử nghiệm", parentCode = (string?)null, level = "province" },
        new { code = prefix + ".SO01", name = "Sở Tư pháp", parentCode = prefix + ".ROOT", level = "department" },
        new { code = prefix + ".XA01", name = "Xã Hòa Bình", parentCode = prefix + ".ROOT", level = "commune" },
    ];

    [Fact]
    public async Task PutUnits_WithoutKey_Returns401()
    {
        using var response = await app.CreateClient().PutAsJsonAsync("/api/v1/catalog/units", Units("K"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PutUnits_NotJson_Returns400Problem()
    {
        using var content = new StringContent("{ not json", Encoding.UTF8, "application/json");
        using var response = await app.CreateSourceClient().PutAsync("/api/v1/catalog/units", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PutUnits_OverTheSizeLimit_Returns413()
    {
        using var content = new StringContent("[" + new string(' ', 1_200_000) + "]", Encoding.UTF8, "application/json");
        using var response = await app.CreateSourceClient().PutAsync("/api/v1/catalog/units", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task PutUnits_ValidAndInvalid_KeepsTheValidAndDeadLettersTheRest()
    {
        var client = app.CreateSourceClient();
        object[] batch = [.. Units("T"), new { code = "T.XA02", name = "Xã Mồ Côi", parentCode = "T.NOWHERE", level = "commune" }, new { code = "T.X", level = "region" }];

        using var response = await client.PutAsJsonAsync("/api/v1/catalog/units", batch);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(3, body.RootElement.GetProperty("accepted").GetInt32());
        var rejected = body.RootElement.GetProperty("rejected").EnumerateArray().ToList();
        Assert.Equal([3, 4], rejected.Select(r => r.GetProperty("index").GetInt32()));
        Assert.Contains("unknown parentCode 'T.NOWHERE'", rejected[0].GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("name is required", rejected[1].GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(rejected[1].GetProperty("errors").EnumerateArray(), e => e.GetString()!.StartsWith("level must be one of", StringComparison.Ordinal));
        var store = new CatalogStore(app.Database.DataSource);
        var units = await store.UnitsAsync(CancellationToken.None);
        Assert.Contains(units, u => u.Code == "T.SO01" && u.Name == "Sở Tư pháp" && u.ParentCode == "T.ROOT");
        Assert.DoesNotContain(units, u => u.Code == "T.XA02");
        var deadLetters = await IOC.Analytics.Storage.DeadLetterStore.ListOpenAsync(app.Database.DataSource, 100, CancellationToken.None);
        Assert.Contains(deadLetters, d => d.Endpoint == "catalog/units" && d.Body.GetProperty("code").GetString() == "T.XA02");
    }

    [Fact]
    public async Task PutUnits_SameBatchTwice_CountsDuplicatesTheSecondTime()
    {
        var client = app.CreateSourceClient();
        object[] batch = [new { code = "D.ROOT", name = "Tỉnh Lặp", parentCode = (string?)null, level = "province" }];
        (await client.PutAsJsonAsync("/api/v1/catalog/units", batch)).Dispose();

        using var response = await client.PutAsJsonAsync("/api/v1/catalog/units", batch);

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, body.RootElement.GetProperty("accepted").GetInt32());
        Assert.Equal(1, body.RootElement.GetProperty("duplicates").GetInt32());
    }

    [Fact]
    public async Task PutProcedures_Ndjson_UpsertsWithPerformingUnits()
    {
        var client = app.CreateSourceClient();
        (await client.PutAsJsonAsync("/api/v1/catalog/units", Units("P"))).Dispose();
        const string ndjson = """
            {"code":"9.000001","name":"Đăng ký khai sinh","field":"Hộ tịch","level":"commune","deadline":{"value":1,"unit":"working_days"},"onlineLevel":"full","fullOnlineEligible":true,"hasFee":false,"unitCodes":["P.XA01"]}
            {"code":"9.000002","name":"Chứng thực bản sao","field":"Chứng thực","level":"commune","deadline":{"value":-1,"unit":"weeks"},"onlineLevel":"partial","fullOnlineEligible":false,"hasFee":true}
            """;
        using var content = new StringContent(ndjson, Encoding.UTF8, "application/x-ndjson");

        using var response = await client.PutAsync("/api/v1/catalog/procedures", content);

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(1, body.RootElement.GetProperty("accepted").GetInt32());
        var errors = body.RootElement.GetProperty("rejected")[0].GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("deadline.value must be at least 0", errors);
        Assert.Contains(errors, e => e!.StartsWith("deadline.unit must be one of", StringComparison.Ordinal));
        var procedure = Assert.Single(await new CatalogStore(app.Database.DataSource).ProceduresAsync(CancellationToken.None));
        Assert.Equal(new Deadline(1, DeadlineUnit.WorkingDays), procedure.Deadline);
        Assert.Equal(["P.XA01"], procedure.UnitCodes);
    }
}
