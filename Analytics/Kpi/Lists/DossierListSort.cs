namespace IOC.Analytics.Kpi.Lists;

/// <summary>What a list is ordered by; ties are ordered by dossier code.</summary>
public enum DossierListSort
{
    /// <summary>Due time, earliest first: the most overdue at the top.</summary>
    DueAt,

    /// <summary>Receipt.</summary>
    ReceivedAt,

    /// <summary>Resolution (open dossiers last).</summary>
    ResolvedAt,

    /// <summary>Dossier code.</summary>
    DossierCode,
}

/// <summary>The <c>sort</c> parameter: <c>dueAt</c>, <c>receivedAt</c>, <c>resolvedAt</c> or <c>dossierCode</c>, <c>-</c> before it for descending.</summary>
public static class DossierListSorts
{
    private static readonly Dictionary<string, DossierListSort> ByName = new(StringComparer.Ordinal)
    {
        ["dueAt"] = DossierListSort.DueAt,
        ["receivedAt"] = DossierListSort.ReceivedAt,
        ["resolvedAt"] = DossierListSort.ResolvedAt,
        ["dossierCode"] = DossierListSort.DossierCode,
    };

    /// <summary>Every accepted name (without the sign).</summary>
    public static IReadOnlyCollection<string> Names => ByName.Keys;

    /// <summary>Reads the parameter; null or empty is <see cref="DossierListSort.DueAt"/> ascending.</summary>
    public static bool TryParse(string? text, out DossierListSort sort, out bool descending)
    {
        descending = text?.StartsWith('-') == true;
        sort = DossierListSort.DueAt;
        return string.IsNullOrEmpty(text) || ByName.TryGetValue(descending ? text[1..] : text, out sort);
    }
}
