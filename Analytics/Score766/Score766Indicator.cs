namespace IOC.Analytics.Score766;

/// <summary>One indicator of the 766 index as CONTRACT.md §6 gives it; null numerator, ratio and score when the centre has no data for it.</summary>
/// <param name="Code">Its code, e.g. <c>progress.onTime</c>.</param>
/// <param name="Name">Its name in Vietnamese.</param>
/// <param name="Numerator">The count above the ratio.</param>
/// <param name="Denominator">The count below it.</param>
/// <param name="Ratio">Numerator / denominator; null on a zero denominator or without data.</param>
/// <param name="Score">Its points; null without data.</param>
/// <param name="Max">Its most points.</param>
/// <param name="Estimate">True when IOC's figure is an estimate of the portal's (labelled "ước tính").</param>
public sealed record Score766Indicator(string Code, string Name, double? Numerator, double? Denominator, double? Ratio, double? Score,
    double Max, bool Estimate = false)
{
    /// <summary>An indicator the centre receives no input for.</summary>
    public static Score766Indicator NoData(string code, string name, double max) => new(code, name, null, null, null, null, max);

    /// <summary>An indicator counted from <paramref name="numerator"/> / <paramref name="denominator"/> and scored by <paramref name="rule"/>.</summary>
    public static Score766Indicator Counted(string code, string name, int numerator, int denominator, double max, Func<double?, double?> rule,
        bool estimate = false)
    {
        double? ratio = denominator == 0 ? null : (double)numerator / denominator;
        return new Score766Indicator(code, name, numerator, denominator, ratio, rule(ratio), max, estimate);
    }

    /// <summary>True when it has a score.</summary>
    public bool HasData => Score is not null;
}
