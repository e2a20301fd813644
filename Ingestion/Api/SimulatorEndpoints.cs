using IOC.Ingestion.Simulator;

namespace IOC.Ingestion.Api;

/// <summary>GET /api/v1/simulator: whether this service simulates traffic, since when and at which volume.</summary>
public static class SimulatorEndpoints
{
    /// <summary>Maps the endpoint under the given group.</summary>
    public static void MapSimulatorEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/simulator", (SimulatorRun run) => Results.Json(run.Status)).WithName("GetSimulator");
}
