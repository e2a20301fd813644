using IOC.Analytics.Score766;

namespace IOC.Dashboard.Api;

/// <summary>The JSON of CONTRACT.md §6: nulls (not zeros) for what the centre has no data for.</summary>
public sealed record Score766Document(string Unit, DateOnly From, DateOnly To, double? Total, double Earned, double MaxWithData,
    double Coverage, string? Band, IReadOnlyList<Score766Document.GroupPart> Groups)
{
    /// <summary>The document of a card.</summary>
    public static Score766Document Of(Score766Card card) => new(card.Kpi.Unit.Code, card.Kpi.Period.From, card.Kpi.Period.To,
        Round(card.Total), Round(card.Earned), card.MaxWithData, Math.Round(card.Coverage, 4), card.Band,
        card.Groups.Select(g => new GroupPart(g.Code, g.Name, Round(g.Score), g.Max,
            g.Indicators.Select(i => new IndicatorPart(i.Code, i.Name, i.Numerator, i.Denominator, Round(i.Ratio, 6), Round(i.Score), i.Max,
                i.Estimate)).ToList())).ToList());

    /// <summary>A group.</summary>
    public sealed record GroupPart(string Code, string Name, double? Score, double Max, IReadOnlyList<IndicatorPart> Indicators);

    /// <summary>An indicator.</summary>
    public sealed record IndicatorPart(string Code, string Name, double? Numerator, double? Denominator, double? Ratio, double? Score,
        double Max, bool Estimate);

    private static double Round(double value) => Math.Round(value, 4);

    private static double? Round(double? value, int digits = 4) => value is { } v ? Math.Round(v, digits) : null;
}
