namespace IOC.Analytics.Kpi.Lists;

/// <summary>Which dossiers a list holds (CONTRACT.md §2b <c>status</c>).</summary>
public enum DossierListKind
{
    /// <summary><c>overdue</c>: in process and overdue at T, exactly those counted in <c>inProcess.overdue</c>.</summary>
    Overdue,

    /// <summary>
    /// <c>due-soon</c>: in process, within the deadline and not waiting for a supplement (its clock stands still), due on
    /// date(T) or by the end of the next working day.
    /// </summary>
    DueSoon,

    /// <summary><c>resolved-late</c>: resolved late in the period, exactly those counted in <c>resolved.late</c>.</summary>
    ResolvedLate,

    /// <summary><c>in-process</c>: every dossier in process at T, those counted in <c>inProcess.total</c>.</summary>
    InProcess,
}

/// <summary>The names of <see cref="DossierListKind"/> in the API.</summary>
public static class DossierListKinds
{
    private static readonly Dictionary<string, DossierListKind> ByName = new(StringComparer.Ordinal)
    {
        ["overdue"] = DossierListKind.Overdue,
        ["due-soon"] = DossierListKind.DueSoon,
        ["resolved-late"] = DossierListKind.ResolvedLate,
        ["in-process"] = DossierListKind.InProcess,
    };

    /// <summary>Every accepted name.</summary>
    public static IReadOnlyCollection<string> Names => ByName.Keys;

    /// <summary>The kind named <paramref name="name"/>; false for any other text.</summary>
    public static bool TryParse(string? name, out DossierListKind kind) => ByName.TryGetValue(name ?? "", out kind);

    /// <summary>The API name of <paramref name="kind"/>.</summary>
    public static string NameOf(DossierListKind kind) => ByName.First(pair => pair.Value == kind).Key;
}
