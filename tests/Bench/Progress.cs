using System.Diagnostics;

namespace IOC.Bench;

/// <summary>What the bench is doing, on stderr with the time since it started, so stdout keeps only the figures.</summary>
public static class Progress
{
    private static readonly long Started = Stopwatch.GetTimestamp();

    public static void Say(string message) =>
        Console.Error.WriteLine($"[{Stopwatch.GetElapsedTime(Started):mm\\:ss}] {message}");
}
