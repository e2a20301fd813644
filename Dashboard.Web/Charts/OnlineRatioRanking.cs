namespace IOC.Dashboard.Charts;

/// <summary>
/// The child units (or a unit's procedures) with the highest and the lowest online ratio. Those that received fewer than
/// <see cref="MinimumReceived"/> dossiers are left out: one online dossier of one would otherwise top the wall.
/// </summary>
/// <param name="Best">Highest ratio first.</param>
/// <param name="Worst">Lowest ratio first; never a unit already in <paramref name="Best"/>.</param>
public sealed record OnlineRatioRanking(IReadOnlyList<RankedEntry> Best, IReadOnlyList<RankedEntry> Worst)
{
    /// <summary>Units shown at each end.</summary>
    public const int Size = 3;

    /// <summary>Dossiers a unit must have received to be ranked.</summary>
    public const int MinimumReceived = 10;

    /// <summary>No unit to rank.</summary>
    public static readonly OnlineRatioRanking Empty = new([], []);

    /// <summary>
    /// Ranks the children by online ratio, at most <paramref name="size"/> at each end; ties go to the unit that received
    /// more, then by name.
    /// </summary>
    public static OnlineRatioRanking Of(IEnumerable<RankedEntry> children, int size = Size)
    {
        var names = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: false);
        var ranked = children
            .Where(k => k.Figures.ReceivedTotal >= MinimumReceived)
            .OrderByDescending(k => k.Figures.OnlineRatio)
            .ThenByDescending(k => k.Figures.ReceivedTotal)
            .ThenBy(k => k.Name, names)
            .ToList();
        // A few units split in half, so both ends show something; a province's hundred show the full ends.
        var best = ranked.Take(Math.Min(size, (ranked.Count + 1) / 2)).ToList();
        var worst = ranked.Skip(best.Count)
            .OrderBy(k => k.Figures.OnlineRatio)
            .ThenByDescending(k => k.Figures.ReceivedTotal)
            .ThenBy(k => k.Name, names)
            .Take(size)
            .ToList();
        return new OnlineRatioRanking(best, worst);
    }
}
