namespace IOC.Ingestion.Simulator;

/// <summary>
/// What the live simulator of this service is doing, for <c>GET /api/v1/simulator</c>: a backfill asks it so that its
/// history ends where the live traffic began, at the same volume and seed, and the two never overlap or jump.
/// </summary>
public sealed class SimulatorRun
{
    private SimulatorStatus _status = SimulatorStatus.Off;

    /// <summary>The simulator's state; <see cref="SimulatorStatus.Off"/> until it posts.</summary>
    public SimulatorStatus Status => Volatile.Read(ref _status);

    /// <summary>Marks the simulator as posting the dossiers arriving from <paramref name="since"/> on.</summary>
    public void Started(DateTimeOffset since, SimulatorOptions options) =>
        Volatile.Write(ref _status, new SimulatorStatus(true, since, options.DossiersPerWorkingDay, options.Seed, options.Speed));
}
