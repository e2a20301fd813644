namespace IOC.Ingestion.Simulator;

/// <summary>The fee (lệ phí) of a procedure in VND: fixed per procedure code, whatever the seed.</summary>
internal static class Fees
{
    private static readonly decimal[] Schedule = [10_000, 20_000, 30_000, 50_000, 100_000, 150_000, 200_000, 300_000, 500_000, 1_000_000];

    public static decimal Of(string procedureCode)
    {
        // FNV-1a: string.GetHashCode changes from one process to the next.
        var hash = 2166136261u;
        foreach (var character in procedureCode)
        {
            hash = (hash ^ character) * 16777619u;
        }
        return Schedule[hash % (uint)Schedule.Length];
    }
}
