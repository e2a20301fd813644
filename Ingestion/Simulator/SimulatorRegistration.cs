namespace IOC.Ingestion.Simulator;

/// <summary>Adds the live traffic simulator to the ingestion service when <c>IOC_SIMULATOR</c> is <c>on</c>.</summary>
public static class SimulatorRegistration
{
    /// <summary>Registers the simulator's state, and the simulator itself when it is switched on.</summary>
    public static WebApplicationBuilder AddTrafficSimulator(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SimulatorRun>();
        if (SimulatorOptions.IsOn(builder.Configuration))
        {
            builder.Services.AddSingleton(SimulatorOptions.From(builder.Configuration, builder.Environment.ContentRootPath));
            builder.Services.AddHostedService<TrafficSimulator>();
        }
        return builder;
    }
}
