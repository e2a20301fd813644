using System.Globalization;
using IOC.Ingestion.Import;

namespace IOC.Ingestion.Simulator;

/// <summary>Settings of the live traffic simulator, read from the environment (README.md, "Configuration").</summary>
/// <param name="IngestionUrl">Where it posts: its own service (<c>IOC_INGESTION_URL</c>).</param>
/// <param name="ApiKey">The ingest key it sends as <c>X-Api-Key</c> (<c>IOC_INGEST_API_KEY</c>).</param>
/// <param name="DossiersPerWorkingDay">
/// The province's arrivals on an ordinary working day (<c>IOC_SIMULATOR_PER_DAY</c>), by default the same
/// <see cref="TrafficFigures.DossiersPerWorkingDay"/> a backfill draws; evenings and days off are quieter, like the province.
/// </param>
/// <param name="Speed">Time compression of the lifecycles (<c>IOC_SIMULATOR_SPEED</c>); 1 is real time.</param>
/// <param name="BatchSize">The most events per request (<c>IOC_SIMULATOR_BATCH</c>).</param>
/// <param name="Seed">The generator's seed (<c>IOC_SIMULATOR_SEED</c>).</param>
/// <param name="DemoDirectory">The folder holding the demo catalogues, null when none was found.</param>
public sealed record SimulatorOptions(Uri IngestionUrl, string ApiKey, int DossiersPerWorkingDay, double Speed, int BatchSize, int Seed,
    string? DemoDirectory)
{
    /// <summary>True when <c>IOC_SIMULATOR</c> is <c>on</c>.</summary>
    public static bool IsOn(IConfiguration configuration) =>
        string.Equals(configuration["IOC_SIMULATOR"]?.Trim(), "on", StringComparison.OrdinalIgnoreCase);

    /// <summary>Live dossiers number from here so they never take a code a backfill of the same day gave out.</summary>
    public const int FirstNumber = 5_001;

    /// <summary>The traffic the simulator draws: its volume, its own block of dossier numbers, its time compression.</summary>
    public TrafficVolume Volume => new(DossiersPerWorkingDay, FirstNumber, Speed);

    /// <summary>Reads the settings; the demo folder is found above <paramref name="contentRoot"/> unless <c>IOC_DEMO_DIR</c> names it.</summary>
    public static SimulatorOptions From(IConfiguration configuration, string contentRoot) => new(
        IngestionAddress.From(configuration["IOC_INGESTION_URL"]),
        configuration["IOC_INGEST_API_KEY"] ?? "",
        (int)Positive(configuration["IOC_SIMULATOR_PER_DAY"], TrafficFigures.DossiersPerWorkingDay),
        Positive(configuration["IOC_SIMULATOR_SPEED"], 1),
        (int)Positive(configuration["IOC_SIMULATOR_BATCH"], 1_000),
        int.TryParse(configuration["IOC_SIMULATOR_SEED"], CultureInfo.InvariantCulture, out var seed) ? seed : 1,
        DemoCatalog.Locate(configuration["IOC_DEMO_DIR"], contentRoot, AppContext.BaseDirectory));

    private static double Positive(string? text, double fallback) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
