using IOC.Analytics.Time;

namespace IOC.Analytics.Kpi.Lists;

/// <summary>A dossier list asked for: whose dossiers, which period and kind, in which order, which page.</summary>
/// <param name="Units">The unit's subtree.</param>
/// <param name="Search">Part of a dossier code (case-insensitive); null for all.</param>
/// <param name="Page">From 1.</param>
public sealed record DossierListQuery(
    IReadOnlyCollection<string> Units,
    Period Period,
    DossierListKind Kind,
    DossierListSort Sort = DossierListSort.DueAt,
    bool Descending = false,
    string? Search = null,
    int Page = 1,
    int PageSize = 50)
{
    /// <summary>The most items a page holds.</summary>
    public const int MaxPageSize = 500;
}
