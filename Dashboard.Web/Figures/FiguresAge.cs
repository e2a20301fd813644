namespace IOC.Dashboard.Figures;

/// <summary>How old the figures of a period that includes now may be when <see cref="UnitFigures"/> answers.</summary>
public enum FiguresAge
{
    /// <summary>As of now, for the API and reports: what was counted before is reused only while the index is unchanged.</summary>
    Exact,

    /// <summary>
    /// Up to <see cref="UnitFigures.RecentFor"/> old while changes flow, for the wall: one count for every screen that asks
    /// within that time.
    /// </summary>
    Recent,
}
