namespace IOC.Ingestion.Simulator;

/// <summary>Standard normal draws (Box–Muller), from the caller's seeded random so runs repeat.</summary>
internal static class Gaussian
{
    public static double Next(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
