using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Influx;
using IOC.Analytics.Kpi;
using IOC.Analytics.Storage;
using IOC.Analytics.Time;
using IOC.Ingestion.Reexport;
using IOC.Testing;
using IOC.Testing.Servers;

namespace IOC.Ingestion.Tests.Flows;

/// <summary>
/// <c>reexport</c> refills InfluxDB from PostgreSQL: after an outage past the writer's buffer (simulated by deleting the
/// points), kpi_flow and the end-of-day kpi_unit points of the days asked for are back, equal to the KPI API's figures.
/// </summary>
public sealed class ReexportTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly DateOnly May4 = new(2026, 5, 4);
    private static readonly DateOnly May5 = new(2026, 5, 5);

    [Fact]
    public async Task Reexport_AfterThePointsWereLost_RefillsFlowsAndEndOfDayGauges()
    {
        var seeder = new ProvinceSeeder(database.DataSource);
        var catalog = await seeder.LoadCatalogAsync();
        await seeder.AppendAndProjectAsync(catalog,
        [
            Event("r1-r", "R1", DossierEventType.Received, "2026-05-04T08:00:00+07:00", TestCatalog.CommuneA, TestCatalog.BirthRegistration, Channel.Online),
            Event("r1-s", "R1", DossierEventType.Resolved, "2026-05-05T08:00:00+07:00", TestCatalog.CommuneA, TestCatalog.BirthRegistration),
            Event("r2-r", "R2", DossierEventType.Received, "2026-05-04T10:00:00+07:00", TestCatalog.Justice, TestCatalog.CriminalRecord, Channel.Postal),
            Event("r3-r", "R3", DossierEventType.Received, "2026-05-05T23:59:00+07:00", TestCatalog.CommuneB, TestCatalog.Certification, Channel.Direct),
        ]);
        var influx = await InfluxServer.SharedAsync();
        var databaseName = $"r_{Guid.NewGuid():N}"[..14];
        using var http = new HttpClient();
        var query = new InfluxQueryClient(http, new InfluxOptions { Url = influx.Url, Database = databaseName });
        var environment = new Dictionary<string, string?>
        {
            ["IOC_PG"] = database.ConnectionString,
            ["IOC_INFLUX_URL"] = influx.Url.ToString(),
            ["IOC_INFLUX_DB"] = databaseName,
        };

        var (firstCode, firstOutput) = await ReexportAsync(environment, "--from", "2026-05-04", "--to", "2026-05-05");
        var flows = await query.ReceivedByDayAndChannelAsync(TestCatalog.Province);
        var gauges = await EndOfDayAsync(query);
        await query.ExecuteAsync("DELETE FROM kpi_flow; DELETE FROM kpi_unit");
        var lost = await query.ReceivedByDayAndChannelAsync(TestCatalog.Province);
        var (againCode, _) = await ReexportAsync(environment, "--from", "2026-05-04", "--to", "2026-05-05");

        Assert.Equal(0, firstCode);
        Assert.Contains("kpi_flow: 2 days deleted and rewritten", firstOutput);
        Assert.Contains("kpi_unit: 10 end-of-day points (5 units × 2 days)", firstOutput);
        // R1 resolved on 5 May: that day's online point counts it as resolved, with nothing received.
        Assert.Equal(["2026-05-04 online=1", "2026-05-04 postal=1", "2026-05-05 direct=1", "2026-05-05 online=0"], flows);
        var index = await LoadIndexAsync();
        var expected = new[] { May4, May5 }.Select(day => KpiQuery.ForUnit(index, catalog, catalog.Unit(TestCatalog.Province)!,
            new Period(day, day), ProvinceTime.StartOf(day.AddDays(1)))).Select(k => Line(k.Figures)).ToList();
        Assert.Equal(["received 2, resolved 0, in process 2", "received 1, resolved 1, in process 2"], expected);
        Assert.Equal(expected.Select(e => "23:59:59.999 " + e), gauges);
        Assert.Empty(lost);
        Assert.Equal(0, againCode);
        Assert.Equal(flows, await query.ReceivedByDayAndChannelAsync(TestCatalog.Province));
        Assert.Equal(gauges, await EndOfDayAsync(query));
    }

    [Theory]
    [InlineData("--from", "2026-05-04")]
    [InlineData("--from", "2026-05-05", "--to", "2026-05-04")]
    [InlineData("--from", "4/5/2026", "--to", "2026-05-04")]
    [InlineData("--since", "2026-05-04", "--to", "2026-05-04")]
    public async Task Reexport_BadUsage_ExitCode2(params string[] arguments)
    {
        var (code, _) = await ReexportAsync(new Dictionary<string, string?>(), arguments);

        Assert.Equal(2, code);
    }

    private static async Task<(int Code, string Output)> ReexportAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ReexportTool.RunAsync(["reexport", .. arguments], name => environment.GetValueOrDefault(name), output, error,
            CancellationToken.None);
        return (code, output + error.ToString());
    }

    private static async Task<IReadOnlyList<string>> EndOfDayAsync(InfluxQueryClient query)
    {
        var series = Assert.Single(await query.QueryAsync(
            "SELECT received_total, resolved_total, in_process_total FROM kpi_unit WHERE unit = $unit",
            new Dictionary<string, object> { ["unit"] = TestCatalog.Province }));
        return Enumerable.Range(0, series.Values.Count).Select(row =>
            $"{ProvinceTime.ToProvince(series.Time(row)):HH:mm:ss.fff} received {series.GetInt64(row, "received_total")}, " +
            $"resolved {series.GetInt64(row, "resolved_total")}, in process {series.GetInt64(row, "in_process_total")}").ToList();
    }

    private async Task<FactsIndex> LoadIndexAsync()
    {
        var index = new FactsIndex();
        index.Apply(await new DossierStore(database.DataSource).ReadChangesAsync(0, 1000, CancellationToken.None));
        return index;
    }

    private static string Line(KpiFigures f) => $"received {f.ReceivedTotal}, resolved {f.ResolvedTotal}, in process {f.InProcessTotal}";

    private static DossierEvent Event(string id, string dossier, string type, string at, string unit, string procedure, string? channel = null) =>
        new(id, dossier, type, DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), unit, procedure, channel);
}
