namespace IOC.Dashboard.Components.Wall;

/// <summary>
/// Whether a unit has gone quiet: nothing heard from its subtree for the wall's silence. A quiet commune is marked, so
/// that its empty figures never pass for a good day.
/// </summary>
/// <param name="HeardAt">When a dossier of the unit's subtree last changed, or null when none has since listening began.</param>
/// <param name="Since">Nothing has been heard from the unit since this instant.</param>
/// <param name="IsSilent">True when nothing has been heard for at least the silence.</param>
public sealed record UnitSilence(DateTimeOffset? HeardAt, DateTimeOffset Since, bool IsSilent)
{
    /// <summary>
    /// Judges a unit last heard from at <paramref name="heardAt"/> (null: not since the wall began listening at
    /// <paramref name="listeningSince"/>, so nothing is known before that).
    /// </summary>
    public static UnitSilence Of(DateTimeOffset? heardAt, DateTimeOffset listeningSince, DateTimeOffset now, TimeSpan silentAfter)
    {
        var since = heardAt ?? listeningSince;
        return new UnitSilence(heardAt, since, now - since >= silentAfter);
    }
}
