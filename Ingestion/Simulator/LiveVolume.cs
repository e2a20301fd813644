using IOC.Analytics.Calendar;

namespace IOC.Ingestion.Simulator;

/// <summary>Turns the simulator's event rate into the arrivals per working day that produce it.</summary>
internal static class LiveVolume
{
    // Live dossiers number from here so they never take a code a backfill of the same day gave out.
    public const int FirstNumber = 5_001;

    private static readonly TimeSpan OfficeDay = TimeSpan.FromHours(8);
    private static readonly DateOnly OrdinaryTuesday = new(2026, 1, 6);

    public static TrafficVolume For(SimulatorOptions options, DemoCatalog catalog, IWorkingCalendar? calendar)
    {
        var probe = new DossierTrafficGenerator(options.Seed, catalog.Units, catalog.Procedures, new TrafficVolume(1_000), calendar)
            .Day(OrdinaryTuesday);
        var eventsPerDossier = probe.Count == 0 ? 1 : probe.Sum(d => d.Events.Count) / (double)probe.Count;
        return new TrafficVolume(options.EventsPerSecond * OfficeDay.TotalSeconds / eventsPerDossier, FirstNumber, options.Speed);
    }
}
