using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Influx;
using IOC.Analytics.Kpi;
using IOC.Analytics.Kpi.Flow;
using IOC.Analytics.Storage;
using IOC.Analytics.Tests.Influx;
using IOC.Analytics.Time;
using IOC.Testing;
using IOC.Testing.Servers;
using Microsoft.Extensions.Logging.Abstractions;

namespace IOC.Analytics.Tests.Kpi.Flow;

/// <summary>
/// kpi_flow on a real InfluxDB from dossiers projected in a real PostgreSQL: what InfluxQL sums by day (in province
/// time) and by week equals the KPI API's figures, and rewriting days after a backfill moves a dossier between days.
/// </summary>
public sealed class KpiFlowInfluxTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private static readonly Period Week = new(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 8));
    private readonly HttpClient _http = new();
    private InfluxOptions _options = null!;
    private InfluxWriter _writer = null!;
    private InfluxQueryClient _query = null!;

    public async Task InitializeAsync()
    {
        _options = await InfluxTestDatabase.CreateAsync(await InfluxServer.SharedAsync());
        _writer = new InfluxWriter(_http, _options);
        _query = new InfluxQueryClient(_http, _options);
    }

    public async Task DisposeAsync()
    {
        await _writer.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task InfluxQlSums_ByProvinceDayAndByWeek_EqualTheKpiApiFigures()
    {
        var seeder = new ProvinceSeeder(database.DataSource);
        var catalog = await seeder.LoadCatalogAsync();
        await seeder.AppendAndProjectAsync(catalog,
        [
            Event("w1-r", "W1", DossierEventType.Received, "2026-03-02T09:00:00+07:00", TestCatalog.CommuneA, TestCatalog.BirthRegistration, Channel.Online),
            Event("w1-s", "W1", DossierEventType.Resolved, "2026-03-03T10:00:00+07:00", TestCatalog.CommuneA, TestCatalog.BirthRegistration),
            Event("w2-r", "W2", DossierEventType.Received, "2026-03-04T14:00:00+07:00", TestCatalog.CommuneB, TestCatalog.Certification, Channel.Direct),
            Event("w2-s", "W2", DossierEventType.Resolved, "2026-03-04T16:00:00+07:00", TestCatalog.CommuneB, TestCatalog.Certification),
            Event("w3-r", "W3", DossierEventType.Received, "2026-03-08T23:30:00+07:00", TestCatalog.Justice, TestCatalog.CriminalRecord, Channel.Online),
            // 17:00 UTC on Sunday is 00:00 on Monday 9 March in the province: outside the week.
            Event("w4-r", "W4", DossierEventType.Received, "2026-03-08T17:00:00Z", TestCatalog.Construction, TestCatalog.BuildingPermit, Channel.Postal),
            Event("w5-r", "W5", DossierEventType.Received, "2026-03-01T10:00:00+07:00", TestCatalog.CommuneA, TestCatalog.BirthRegistration, Channel.Direct),
            Event("w5-w", "W5", DossierEventType.Withdrawn, "2026-03-05T11:00:00+07:00", TestCatalog.CommuneA, TestCatalog.BirthRegistration),
            Event("w6-x", "W6", DossierEventType.Refused, "2026-03-06T08:00:00+07:00", TestCatalog.CommuneB, TestCatalog.Certification),
        ]);
        var index = await LoadIndexAsync();
        var rewriter = new KpiFlowRewriter(index, _query, _writer);
        var days = Enumerable.Range(0, 9).Select(new DateOnly(2026, 3, 1).AddDays).ToHashSet();

        var first = await rewriter.RewriteAsync(catalog, days, CancellationToken.None);
        var daily = await DailyReceivedAsync(TestCatalog.Province, Week);
        var weekly = await WeekSumsAsync(TestCatalog.Province);
        var again = await rewriter.RewriteAsync(catalog, days, CancellationToken.None);

        Assert.Equal(Week.From.DayNumber..(Week.To.DayNumber + 1), daily.Keys.Min().DayNumber..(daily.Keys.Max().DayNumber + 1));
        foreach (var (day, received) in daily)
        {
            Assert.Equal(Kpi(index, catalog, new Period(day, day)).ReceivedTotal, received);
        }
        Assert.Equal([1L, 0, 1, 0, 0, 0, 1], daily.OrderBy(d => d.Key).Select(d => d.Value));
        var week = Kpi(index, catalog, Week);
        Assert.Equal(new[] { 3L, 1, 2, 0, 2, 1, 1, 0, 1, 1 }, weekly);
        Assert.Equal(new long[] { week.ReceivedTotal, week.ReceivedDirect, week.ReceivedOnline, week.ReceivedPostal, week.ResolvedTotal,
            week.ResolvedEarly, week.ResolvedOnTime, week.ResolvedLate, week.Withdrawn, week.Refused }, weekly);
        Assert.Equal(first, again);
        Assert.Equal(weekly, await WeekSumsAsync(TestCatalog.Province));
    }

    [Fact]
    public async Task RewriteTouchedDays_BackfilledEarlierReceipt_OldDayLosesTheDossierAndNewDayHasIt()
    {
        var seeder = new ProvinceSeeder(database.DataSource);
        var catalog = await seeder.LoadCatalogAsync();
        await seeder.AppendAndProjectAsync(catalog,
            [Event("m-r", "M", DossierEventType.Received, "2026-04-15T09:00:00+07:00", TestCatalog.CommuneA, TestCatalog.BirthRegistration, Channel.Online)]);
        var index = await LoadIndexAsync();
        var rewriter = new KpiFlowRewriter(index, _query, _writer);
        await rewriter.RewriteAsync(catalog, Enumerable.Range(0, 30).Select(new DateOnly(2026, 4, 1).AddDays).ToHashSet(), CancellationToken.None);
        var before = await ReceivedByDayAndChannelAsync(TestCatalog.CommuneA);

        // A late-arriving earlier receipt wins (DOMAIN.md §3): the dossier moves to 8 April and to the desk.
        await seeder.AppendAndProjectAsync(catalog,
            [Event("m-r0", "M", DossierEventType.Received, "2026-04-08T09:00:00+07:00", TestCatalog.CommuneA, TestCatalog.BirthRegistration, Channel.Direct)]);
        var touched = index.Apply(await new DossierStore(database.DataSource).ReadChangesAsync(index.LastChange, 1000, CancellationToken.None));
        await rewriter.RewriteAsync(catalog, touched, CancellationToken.None);
        var after = await ReceivedByDayAndChannelAsync(TestCatalog.CommuneA);

        Assert.Equal(["2026-04-15 online=1"], before);
        Assert.Equal([new DateOnly(2026, 4, 8), new DateOnly(2026, 4, 15)], touched.Order());
        Assert.Equal(["2026-04-08 direct=1"], after);
    }

    private async Task<FactsIndex> LoadIndexAsync()
    {
        var index = new FactsIndex();
        using var follower = new FactsFollower(new DossierStore(database.DataSource), index, TimeProvider.System, NullLogger<FactsFollower>.Instance);
        await follower.CatchUpAsync(CancellationToken.None);
        return index;
    }

    private static KpiFigures Kpi(FactsIndex index, CatalogSnapshot catalog, Period period) =>
        KpiQuery.ForUnit(index, catalog, catalog.Unit(TestCatalog.Province)!, period, ProvinceTime.StartOf(period.To.AddDays(30))).Figures;

    private async Task<Dictionary<DateOnly, long>> DailyReceivedAsync(string unit, Period period)
    {
        var series = await _query.QueryAsync(
            $"SELECT sum(\"received\") FROM \"kpi_flow\" WHERE \"unit\" = $unit AND {Range(period)} GROUP BY time(1d) tz('Asia/Ho_Chi_Minh')",
            new Dictionary<string, object> { ["unit"] = unit });
        var rows = Assert.Single(series);
        return Enumerable.Range(0, rows.Values.Count).ToDictionary(row => ProvinceTime.DateOf(rows.Time(row)), row => rows.GetInt64(row, "sum") ?? 0);
    }

    private async Task<long[]> WeekSumsAsync(string unit)
    {
        string[] channels = [Channel.Direct, Channel.Online, Channel.Postal];
        var total = Assert.Single(await _query.QueryAsync(
            "SELECT sum(received), sum(resolved), sum(resolved_early), sum(resolved_on_time), sum(resolved_late), sum(withdrawn), sum(refused) " +
            $"FROM kpi_flow WHERE unit = $unit AND {Range(Week)}", new Dictionary<string, object> { ["unit"] = unit }));
        var byChannel = await _query.QueryAsync($"SELECT sum(received) FROM kpi_flow WHERE unit = $unit AND {Range(Week)} GROUP BY channel",
            new Dictionary<string, object> { ["unit"] = unit });
        long Received(string channel) => byChannel.FirstOrDefault(s => s.Tags["channel"] == channel)?.GetInt64(0, "sum") ?? 0;
        string[] sums = ["sum", "sum_1", "sum_2", "sum_3", "sum_4", "sum_5", "sum_6"];
        var values = sums.Select(column => total.GetInt64(0, column) ?? 0).ToList();
        return [values[0], .. channels.Select(Received), .. values.Skip(1)];
    }

    private async Task<IReadOnlyList<string>> ReceivedByDayAndChannelAsync(string unit)
    {
        var series = await _query.QueryAsync($"SELECT received FROM kpi_flow WHERE unit = $unit GROUP BY channel",
            new Dictionary<string, object> { ["unit"] = unit });
        return series.SelectMany(s => Enumerable.Range(0, s.Values.Count)
            .Select(row => $"{ProvinceTime.DateOf(s.Time(row)):yyyy-MM-dd} {s.Tags["channel"]}={s.GetInt64(row, "received")}")).ToList();
    }

    private static string Range(Period period) => $"time >= {InfluxQl.Time(period.Start)} AND time < {InfluxQl.Time(period.End)}";

    private static DossierEvent Event(string id, string dossier, string type, string at, string unit, string procedure, string? channel = null) =>
        new(id, dossier, type, DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), unit, procedure, channel);
}
