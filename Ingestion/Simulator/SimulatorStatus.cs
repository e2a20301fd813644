namespace IOC.Ingestion.Simulator;

/// <summary>The answer of <c>GET /api/v1/simulator</c>.</summary>
/// <param name="On">True once the live simulator posts.</param>
/// <param name="Since">Its traffic holds the dossiers arriving from this instant on.</param>
/// <param name="DossiersPerWorkingDay">The province's arrivals on an ordinary working day it draws.</param>
/// <param name="Seed">The generator's seed.</param>
/// <param name="Speed">Its time compression of the lifecycles.</param>
public sealed record SimulatorStatus(bool On, DateTimeOffset? Since, int? DossiersPerWorkingDay, int? Seed, double? Speed)
{
    /// <summary>No simulator in this service, or not posting yet.</summary>
    public static readonly SimulatorStatus Off = new(false, null, null, null, null);
}
