namespace IOC.Analytics.Score766;

/// <summary>
/// The scoring rules of the 766 index (Quyết định 766/QĐ-TTg) that IOC can apply to its own data, as the national
/// portal applies them (DOMAIN.md §6, "practice"). Each takes ratios from 0 to 1 and returns points; a null ratio (its
/// denominator was zero, or the centre has no input for it) gives null points, never 0.
/// </summary>
public static class Score766Rules
{
    /// <summary>Tiến độ giải quyết (20): 20 × the 766 progress ratio (DOMAIN.md §5).</summary>
    public static double? Progress(double? progressRatio) => progressRatio * 20;

    /// <summary>Online payment ratio part (6): 6 × A, A = fee-bearing dossiers paid online / fee-bearing dossiers.</summary>
    public static double? PaymentRatio(double? a) => a * 6;

    /// <summary>Procedures paid online part (2): min(2, 2.5 × B), B = fee-bearing procedures with ≥ 1 online payment / fee-bearing procedures.</summary>
    public static double? PaymentProcedures(double? b) => b is { } ratio ? Math.Min(2, 2.5 * ratio) : null;

    /// <summary>Procedures with dossiers part (2): min(2, 2.5 × C), C = fee-bearing procedures with dossiers / fee-bearing procedures.</summary>
    public static double? PaymentCoverage(double? c) => c is { } ratio ? Math.Min(2, 2.5 * ratio) : null;

    /// <summary>The online payment group, its parts summed and capped so it never exceeds its 10 points; null when no part has data.</summary>
    public static double? OnlinePayment(double? ratioPart, double? proceduresPart, double? coveragePart) =>
        ratioPart is null && proceduresPart is null && coveragePart is null
            ? null
            : Math.Min(10, (ratioPart ?? 0) + (proceduresPart ?? 0) + (coveragePart ?? 0));

    /// <summary>A digitisation indicator worth <paramref name="max"/> points: min(max, max × ratio).</summary>
    public static double? Digitisation(double max, double? ratio) => ratio is { } r ? Math.Min(max, max * r) : null;

    /// <summary>Dossier satisfaction (6): min(6, 6 × R / 0.9), R = the satisfaction ratio of DOMAIN.md §5.</summary>
    public static double? DossierSatisfaction(double? satisfactionRatio) => satisfactionRatio is { } r ? Math.Min(6, 6 * r / 0.9) : null;

    /// <summary>
    /// Online services (12), IOC's estimate (the portal's function is not public): 12 × R, R = dossiers filed online for
    /// procedures eligible for full-online service / all dossiers received for them.
    /// </summary>
    public static double? OnlineServicesEstimate(double? onlineShare) => onlineShare is { } r ? Math.Min(12, 12 * r) : null;
}
