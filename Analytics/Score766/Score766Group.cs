namespace IOC.Analytics.Score766;

/// <summary>One group of the 766 index: its indicators, its points (null when none has data) and its most points.</summary>
/// <param name="Code">One of <c>transparency</c>, <c>progress</c>, <c>onlineServices</c>, <c>onlinePayment</c>, <c>digitisation</c>, <c>satisfaction</c>.</param>
/// <param name="Name">Its name in Vietnamese.</param>
/// <param name="Score">Its points: the sum of its indicators with data (capped for online payment).</param>
/// <param name="Max">Its most points, as the decision sets them.</param>
/// <param name="Indicators">Its indicators.</param>
public sealed record Score766Group(string Code, string Name, double? Score, double Max, IReadOnlyList<Score766Indicator> Indicators)
{
    /// <summary>A group whose points are the sum of its indicators with data.</summary>
    public static Score766Group Summed(string code, string name, double max, IReadOnlyList<Score766Indicator> indicators) =>
        new(code, name, indicators.Any(i => i.HasData) ? indicators.Sum(i => i.Score ?? 0) : null, max, indicators);

    /// <summary>The most points of its indicators with data.</summary>
    public double MaxWithData => Indicators.Where(i => i.HasData).Sum(i => i.Max);
}
