namespace IOC.Bench;

/// <summary>The machine the figures were measured on, read from /proc.</summary>
public sealed record Machine(int Cores, string Model, double MemoryGiB, string LoadAverage)
{
    public static Machine Read() => new(
        Environment.ProcessorCount,
        ProcField("/proc/cpuinfo", "model name") ?? "unknown",
        Math.Round(double.Parse(ProcField("/proc/meminfo", "MemTotal")?.Split(' ')[0] ?? "0",
            System.Globalization.CultureInfo.InvariantCulture) / (1024 * 1024), 1),
        LoadNow());

    /// <summary>The 1, 5 and 15 minute load averages: other work on the machine skews every figure.</summary>
    public static string LoadNow() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    /// <summary>The value of the first "name: value" line of a /proc file.</summary>
    public static string? ProcField(string file, string name) =>
        File.ReadLines(file)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim() == name)
            .Select(parts => parts[1].Trim())
            .FirstOrDefault();
}
