using System.Text.Json;
using IOC.Analytics.Calendar;
using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;
using IOC.Analytics.Storage;
using Npgsql;

namespace IOC.Testing;

/// <summary>Puts a catalogue and dossier events into a real database the way Ingestion does, and projects them.</summary>
public sealed class ProvinceSeeder(NpgsqlDataSource dataSource)
{
    public async Task<CatalogSnapshot> LoadCatalogAsync()
    {
        var store = new CatalogStore(dataSource);
        await store.UpsertUnitsAsync(Elements(TestCatalog.Units()), CancellationToken.None);
        await store.UpsertProceduresAsync(Elements(TestCatalog.Procedures()), CancellationToken.None);
        return new CatalogSnapshot(await store.UnitsAsync(CancellationToken.None), await store.ProceduresAsync(CancellationToken.None));
    }

    /// <summary>Appends the events to the log and projects them into dossier state.</summary>
    public async Task AppendAndProjectAsync(CatalogSnapshot catalog, IReadOnlyList<DossierEvent> events)
    {
        var log = new EventLog(dataSource);
        await log.AppendAsync(events, (_, _, _) => Task.CompletedTask, CancellationToken.None);
        var calendars = new CalendarStore(dataSource);
        await calendars.SeedAsync(CancellationToken.None);
        var calendar = await calendars.LoadAsync(CancellationToken.None);
        await new DossierProjection(log, new DossierStore(dataSource)).ProjectAllAsync(catalog, calendar, CancellationToken.None);
    }

    private static IReadOnlyList<JsonElement> Elements(object[] items) =>
        JsonDocument.Parse(JsonSerializer.Serialize(items)).RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
}
