using System.Text;
using System.Text.Json;
using IOC.Analytics.Catalog;
using IOC.Testing;

namespace IOC.Ingestion.Tests.Api;

public sealed class DemoProvinceLoadingTests(IngestionApp app) : IClassFixture<IngestionApp>
{
    [Fact]
    public async Task LoadDemoProvince_ThroughTheCatalogueApi_StoresEveryUnitAndProcedureOnce()
    {
        var client = app.CreateSourceClient();

        var units = await PutFileAsync(client, "units");
        var procedures = await PutFileAsync(client, "procedures");
        var unitsAgain = await PutFileAsync(client, "units");

        var store = new CatalogStore(app.Database.DataSource);
        var storedUnits = await store.UnitsAsync(CancellationToken.None);
        var storedProcedures = await store.ProceduresAsync(CancellationToken.None);
        Assert.Equal(0, units.GetProperty("rejected").GetArrayLength());
        Assert.Equal(0, procedures.GetProperty("rejected").GetArrayLength());
        Assert.Equal(storedUnits.Count, units.GetProperty("accepted").GetInt32());
        Assert.Equal(storedProcedures.Count, procedures.GetProperty("accepted").GetInt32());
        Assert.Equal(storedUnits.Count, unitsAgain.GetProperty("duplicates").GetInt32());
        Assert.Single(storedUnits, u => u.Level == UnitLevel.Province);
        Assert.True(storedProcedures.Count >= 200);
        Assert.All(storedProcedures, p => Assert.NotEmpty(p.UnitCodes));
    }

    private static async Task<JsonElement> PutFileAsync(HttpClient client, string catalogue)
    {
        var json = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "data", "demo", catalogue + ".json"));
        using var response = await client.PutAsync($"/api/v1/catalog/{catalogue}", new StringContent(json, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
