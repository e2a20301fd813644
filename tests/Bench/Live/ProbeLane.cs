namespace IOC.Bench.Live;

/// <summary>
/// A unit and a reception channel: the kpi document counts each channel's received dossiers apart, so probes of one lane
/// are told apart by that count while the unit's other lanes are in flight.
/// </summary>
public sealed record ProbeLane(string Unit, string Channel)
{
    public static readonly IReadOnlyList<string> Channels = ["online", "direct", "postal"];

    /// <summary>Every channel of every unit.</summary>
    public static IReadOnlyList<ProbeLane> Of(IEnumerable<string> units) =>
        units.SelectMany(unit => Channels.Select(channel => new ProbeLane(unit, channel))).ToList();
}
