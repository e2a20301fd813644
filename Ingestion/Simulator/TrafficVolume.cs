namespace IOC.Ingestion.Simulator;

/// <summary>How much traffic the generator draws and how it is stamped.</summary>
/// <param name="DossiersPerWorkingDay">Arrivals on an ordinary working day across the province.</param>
/// <param name="FirstNumber">
/// The first NNNN of a unit's day; live traffic numbers from its own block so that it never reuses a backfill's codes.
/// </param>
/// <param name="Compression">
/// Time compression: every step after arrival happens this many times sooner, and received events then carry the
/// compressed <c>dueAt</c> so timeliness stays meaningful.
/// </param>
public sealed record TrafficVolume(double DossiersPerWorkingDay, int FirstNumber = 1, double Compression = 1);
