namespace IOC.Analytics.Kpi;

/// <summary>
/// A store of facts that figures are counted from, as the caches that keep those figures see it (Dashboard.Web's
/// <c>UnitFigures</c>): which province days each change touched, so figures kept for a period are dropped exactly when
/// they may have changed, and a version and the latest instant held, so figures of a period that includes now are reused
/// while nothing moved. The dossier facts (<see cref="FactsIndex"/>) are the first such store. The KPI events of the
/// province's other systems (CONTRACT.md §1b) are values of catalogue metrics, not dossiers, so they get no line in the
/// count table (<see cref="Counts.KpiCount"/>); they will be a second store, summed per unit and period by each metric's
/// aggregation and kept by the same caches through these members.
/// </summary>
public interface ICountedFacts
{
    /// <summary>Raised after each change that touched a province day, with those days.</summary>
    event Action<IReadOnlySet<DateOnly>>? Changed;

    /// <summary>Grows with every change: figures counted at one version stand until the next.</summary>
    long Version { get; }

    /// <summary>The latest instant any fact holds, in UTC ticks: figures evaluated later on the same day stand until the next change.</summary>
    long LatestInstant { get; }
}
