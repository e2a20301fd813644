namespace IOC.Analytics.Kpi.Counts;

/// <summary>
/// When a dossier adds one to a count: its standing has every flag of <see cref="All"/>, none of <see cref="None"/>,
/// and at least one of <see cref="Any"/> when that is not empty.
/// </summary>
public readonly record struct CountRule(DossierStanding All, DossierStanding None = DossierStanding.None,
    DossierStanding Any = DossierStanding.None)
{
    /// <summary>True when a dossier of that standing counts.</summary>
    public bool Matches(DossierStanding standing) =>
        (standing & All) == All && (standing & None) == 0 && (Any == 0 || (standing & Any) != 0);
}
