using IOC.Analytics.Catalog;
using IOC.Analytics.Dossiers;

namespace IOC.Ingestion.Simulator;

/// <summary>A procedure with the units that perform it and its channel mix.</summary>
internal sealed class ServedProcedure(Procedure procedure, WeightedChoice<Unit> units, double onlineShare, double postalShare)
{
    public Procedure Procedure => procedure;

    public WeightedChoice<Unit> Units => units;

    public bool OffersOnline => procedure.OnlineLevel != OnlineLevel.None;

    public string DrawChannel(Random random)
    {
        var draw = random.NextDouble();
        return draw < onlineShare ? Channel.Online : draw < onlineShare + postalShare ? Channel.Postal : Channel.Direct;
    }

    /// <summary>The share of online submissions at a given calibration factor: full-online services draw the most.</summary>
    public static double OnlineShareAt(string onlineLevel, double factor) => onlineLevel switch
    {
        OnlineLevel.Full => Math.Min(0.9, factor * 1.5),
        OnlineLevel.Partial => Math.Min(0.75, factor),
        _ => 0,
    };
}
