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
        var unitsFile = DemoFile("units");
        var proceduresFile = DemoFile("procedures");

        var units = await PutFileAsync(client, "units");
        var procedures = await PutFileAsync(client, "procedures");
        var unitsAgain = await PutFileAsync(client, "units");

        var store = new CatalogStore(app.Database.DataSource);
        var storedUnits = await store.UnitsAsync(CancellationToken.None);
        var storedProcedures = await store.ProceduresAsync(CancellationToken.None);
        Assert.Equal(0, units.GetProperty("rejected").GetArrayLength());
        Assert.Equal(0, procedures.GetProperty("rejected").GetArrayLength());
        Assert.Equal(unitsFile.Count, units.GetProperty("accepted").GetInt32());
        Assert.Equal(proceduresFile.Count, procedures.GetProperty("accepted").GetInt32());
        Assert.Equal(unitsFile.Count, unitsAgain.GetProperty("duplicates").GetInt32());
        Assert.Equal(unitsFile.Select(FileUnit).OrderBy(u => u.Code, StringComparer.Ordinal),
            storedUnits.OrderBy(u => u.Code, StringComparer.Ordinal));
        Assert.Equal(proceduresFile.Select(FileProcedure).Order(StringComparer.Ordinal),
            storedProcedures.Select(StoredProcedure).Order(StringComparer.Ordinal));
        Assert.Single(storedUnits, u => u.Level == UnitLevel.Province);
        Assert.True(storedProcedures.Count >= 200);
        Assert.All(storedProcedures, p => Assert.NotEmpty(p.UnitCodes));
    }

    private static List<JsonElement> DemoFile(string catalogue)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(DemoPath(catalogue)));
        return [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private static Unit FileUnit(JsonElement unit) =>
        new(Text(unit, "code"), Text(unit, "name"), OptionalText(unit, "parentCode"), Text(unit, "level"), OptionalText(unit, "type"));

    private static string FileProcedure(JsonElement procedure)
    {
        var deadline = procedure.GetProperty("deadline");
        return Describe(Text(procedure, "code"), Text(procedure, "name"), Text(procedure, "field"), Text(procedure, "level"),
            deadline.GetProperty("value").GetDecimal(), Text(deadline, "unit"), Text(procedure, "onlineLevel"),
            procedure.GetProperty("fullOnlineEligible").GetBoolean(), procedure.GetProperty("hasFee").GetBoolean(),
            procedure.GetProperty("unitCodes").EnumerateArray().Select(c => c.GetString() ?? ""));
    }

    private static string StoredProcedure(Procedure p) =>
        Describe(p.Code, p.Name, p.Field, p.Level, p.Deadline.Value, p.Deadline.Unit, p.OnlineLevel, p.FullOnlineEligible, p.HasFee, p.UnitCodes);

    private static string Describe(string code, string name, string field, string level, decimal deadline, string deadlineUnit,
        string onlineLevel, bool fullOnlineEligible, bool hasFee, IEnumerable<string> unitCodes) =>
        $"{code} | {name} | {field} | {level} | {deadline:0.####} {deadlineUnit} | {onlineLevel} | {fullOnlineEligible} | {hasFee} | "
        + string.Join(",", unitCodes.Order(StringComparer.Ordinal));

    private static string Text(JsonElement element, string name) => OptionalText(element, name) ?? "";

    private static string? OptionalText(JsonElement element, string name) => element.GetProperty(name).GetString();

    private static string DemoPath(string catalogue) => Path.Combine(RepositoryRoot.Path, "data", "demo", catalogue + ".json");

    private static async Task<JsonElement> PutFileAsync(HttpClient client, string catalogue)
    {
        var json = await File.ReadAllTextAsync(DemoPath(catalogue));
        using var response = await client.PutAsync($"/api/v1/catalog/{catalogue}", new StringContent(json, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
