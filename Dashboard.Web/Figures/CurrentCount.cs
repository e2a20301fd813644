using IOC.Analytics.Kpi;
using IOC.Analytics.Time;

namespace IOC.Dashboard.Figures;

/// <summary>Figures of a period that includes now, with the state of the index they were counted from.</summary>
internal sealed class CurrentCount(object value, long version, DateTimeOffset countedAt, DateTimeOffset askedAt)
{
    public object Value { get; } = value;

    /// <summary>The index's <see cref="FactsIndex.Version"/> read before counting: the count holds at least that.</summary>
    public long Version { get; } = version;

    /// <summary>The instant the figures were evaluated at.</summary>
    public DateTimeOffset CountedAt { get; } = countedAt;

    /// <summary>When a caller last asked for them: only what screens still ask for is recounted with the others.</summary>
    public DateTimeOffset AskedAt { get; set; } = askedAt;

    /// <summary>Whether these figures answer a caller who takes figures of that age at <paramref name="now"/>.</summary>
    public bool Serves(FiguresAge age, FactsIndex index, DateTimeOffset now) =>
        ProvinceTime.DateOf(now) == ProvinceTime.DateOf(CountedAt)
        && (Unchanged(index) || (age == FiguresAge.Recent && now - CountedAt < UnitFigures.RecentFor));

    // Counted again now they would be the same: no change since, and no dossier holds an instant at or after the count (an
    // event dated ahead would enter the figures when its time comes). The province day is checked beside it in Serves:
    // the standing of open dossiers moves at midnight.
    private bool Unchanged(FactsIndex index) => index.Version == Version && index.LatestInstant < CountedAt.UtcTicks;
}
