using IOC.Analytics.Catalog;

namespace IOC.Dashboard.Catalogue;

/// <summary>What an administrator may change of a procedure on the admin page; its code, field, level and units stay.</summary>
/// <param name="Code">The procedure.</param>
/// <param name="Name">Its name.</param>
/// <param name="Deadline">Its legal deadline.</param>
/// <param name="OnlineLevel">Its online level (<see cref="Analytics.Catalog.OnlineLevel"/>).</param>
/// <param name="HasFee">Whether it bears a fee.</param>
public sealed record ProcedureChange(string Code, string Name, Deadline Deadline, string OnlineLevel, bool HasFee)
{
    /// <summary>The procedure with this change; one offered fully online is eligible for it, whatever it was before.</summary>
    public Procedure AppliedTo(Procedure procedure) => procedure with
    {
        Name = Name.Trim(),
        Deadline = Deadline,
        OnlineLevel = OnlineLevel,
        FullOnlineEligible = procedure.FullOnlineEligible || OnlineLevel == Analytics.Catalog.OnlineLevel.Full,
        HasFee = HasFee,
    };
}
