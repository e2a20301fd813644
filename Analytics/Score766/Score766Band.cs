namespace IOC.Analytics.Score766;

/// <summary>The bands of the 766 total (DOMAIN.md §6): ≥ 90 excellent and &lt; 50 weak are official; good, fair and average are ours.</summary>
public static class Score766Band
{
    /// <summary>≥ 90 (Xuất sắc).</summary>
    public const string Excellent = "excellent";

    /// <summary>≥ 80 (Tốt).</summary>
    public const string Good = "good";

    /// <summary>≥ 70 (Khá).</summary>
    public const string Fair = "fair";

    /// <summary>≥ 50 (Trung bình).</summary>
    public const string Average = "average";

    /// <summary>&lt; 50 (Yếu).</summary>
    public const string Weak = "weak";

    /// <summary>The band of a total scaled to 100; null when there is no total.</summary>
    public static string? Of(double? total) => total switch
    {
        null => null,
        >= 90 => Excellent,
        >= 80 => Good,
        >= 70 => Fair,
        >= 50 => Average,
        _ => Weak,
    };

    /// <summary>The band's Vietnamese name.</summary>
    public static string Name(string band) => band switch
    {
        Excellent => "Xuất sắc",
        Good => "Tốt",
        Fair => "Khá",
        Average => "Trung bình",
        _ => "Yếu",
    };
}
