using System.Diagnostics;
using IOC.Bench;
using IOC.Bench.Live;
using IOC.Testing;
using IOC.Testing.Servers;

// Prints measured figures; asserts nothing about them. Every server and service is the bench's own, on free ports.
var options = BenchOptions.Parse(args);
if (options is null)
{
    return 2;
}
var startedAt = DateTimeOffset.UtcNow;
var clock = Stopwatch.StartNew();
var machine = Machine.Read();
Console.WriteLine($"Machine: {machine.Cores} cores, {machine.Model}, {machine.MemoryGiB} GiB; load average {machine.LoadAverage}");
Console.WriteLine(options.ReadsOnly ? $"Run: reads of {options.Dossiers:N0} seeded dossiers only (sections 2, 2b, 3)"
    : options.LiveOnly
    ? options.WallsOnly ? "Run: walls on a year only (section 9)" : "Run: live sections only"
    : $"Run: {options.Events:N0} ingested events, {options.Dossiers:N0} seeded dossiers, {options.KpiRequests} KPI requests "
        + $"of each kind, {options.InfluxQueries} InfluxQL runs");
Console.WriteLine($"Live: {BenchOptions.LiveRate} events/s for {options.LiveSeconds} s a section, {options.HubClients} hub clients, "
    + $"{options.WallPages} wall pages, a {options.BackfillMonths}-month backfill");

Progress.Say("Starting PostgreSQL (crash-safe defaults, as ./ioc run) and InfluxDB; publishing Ingestion and Dashboard.Web (Release)");
await using var postgres = await PostgresServer.StartNewAsync(durable: true);
await using var influx = await InfluxServer.StartNewAsync();
var ingestion = await PublishedService.PublishAsync("Ingestion/Ingestion.csproj", "ingestion");
var dashboard = await PublishedService.PublishAsync("Dashboard.Web/Dashboard.Web.csproj", "dashboard");

var catalog = DemoCatalog.Load();
var now = DateTimeOffset.UtcNow;
var figures = new Figures();
if (!options.LiveOnly)
{
    if (!options.ReadsOnly)
    {
        await IngestThroughput.RunAsync(postgres, influx, catalog, ingestion, options.Events, now, figures);
    }
    var generator = new DossierGenerator(catalog, now, "KPI-");
    var iocYear = await KpiLatency.RunAsync(postgres, influx, catalog, generator, dashboard, options, figures);
    await InfluxComparison.RunAsync(influx, generator, options, iocYear, figures);
}
if (!options.ReadsOnly)
{
    await LiveSections.RunAsync(postgres, influx, catalog, ingestion, dashboard, options, figures);
}

figures.Note("PostgreSQL runs with fsync and synchronous_commit on: a 202 means the events are on disk.");
figures.Note($"Services, PostgreSQL, InfluxDB and the load generator share the {machine.Cores} cores; load average at the end "
    + $"{Machine.LoadNow()} (other work on the machine skews every figure).");
figures.Print(Console.Out);
var results = Path.Combine(RepositoryRoot.Path, "artifacts", "bench", "results.json");
await figures.WriteJsonAsync(results, machine, options, startedAt, clock.Elapsed);
Console.WriteLine($"Took {clock.Elapsed:m\\:ss}; figures also in {Path.GetRelativePath(RepositoryRoot.Path, results)}");
return 0;
