using IOC.Analytics.Calendar;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Storage;
using IOC.Testing.Servers;
using Province = IOC.Testing.TestCatalog;

namespace IOC.Analytics.Tests.Dossiers;

public sealed class ProjectionPartitionTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task TwoPartitions_EachProjectsItsSubtree_TogetherTheWholeLog()
    {
        var seeder = new IOC.Testing.ProvinceSeeder(database.DataSource);
        var catalog = await seeder.LoadCatalogAsync();
        var log = new EventLog(database.DataSource);
        await log.AppendAsync(
        [
            Received("P-COMMUNE", Province.CommuneA, Province.BirthRegistration),
            Received("P-JUSTICE", Province.Justice, Province.CriminalRecord),
            Received("P-BUILD", Province.Construction, Province.BuildingPermit),
        ], (_, _, _) => Task.CompletedTask, CancellationToken.None);
        var store = new DossierStore(database.DataSource);
        var calendar = CalendarData.ShippedCalendar();
        var communes = new DossierProjection(log, store, ProjectionPartition.Of([Province.CommuneA, Province.CommuneB]));
        var departments = new DossierProjection(log, store, ProjectionPartition.Of([Province.Justice, Province.Construction]));

        await communes.ProjectAllAsync(catalog, calendar, CancellationToken.None);
        var afterCommunes = await store.ReadAsync(["P-COMMUNE", "P-JUSTICE", "P-BUILD"], CancellationToken.None);
        await departments.ProjectAllAsync(catalog, calendar, CancellationToken.None);
        var afterBoth = await store.ReadAsync(["P-COMMUNE", "P-JUSTICE", "P-BUILD"], CancellationToken.None);

        Assert.Equal(["P-COMMUNE"], afterCommunes.Keys);
        Assert.Equal(["P-BUILD", "P-COMMUNE", "P-JUSTICE"], afterBoth.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3, await store.CheckpointAsync("dossier:000.01.01.T01,000.01.02.T01", CancellationToken.None));
        Assert.Equal(3, await store.CheckpointAsync("dossier:000.00.01.T01,000.00.02.T01", CancellationToken.None));
    }

    private static DossierEvent Received(string code, string unit, string procedure) =>
        new(code + "-in", code, DossierEventType.Received, DateTimeOffset.Parse("2026-11-23T08:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture),
            unit, procedure, Channel.Online);
}
