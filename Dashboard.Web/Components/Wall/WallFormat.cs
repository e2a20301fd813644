using System.Globalization;
using IOC.Analytics.Time;

namespace IOC.Dashboard.Components.Wall;

/// <summary>How the wall writes figures: Vietnamese conventions (1.234 · 45,6 % · dd/MM/yyyy), province time.</summary>
public static class WallFormat
{
    /// <summary>The culture of every figure on the wall.</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Shown for a ratio with no denominator, so that it never reads as 0 % or 100 %.</summary>
    public const string NoValue = "—";

    /// <summary>A count with thousands separators: 1.234.</summary>
    public static string Count(int value) => value.ToString("N0", Culture);

    /// <summary>A ratio as a percentage with one decimal: 45,6 %; "—" when there is none.</summary>
    public static string Percent(double? ratio) => ratio is { } r ? (r * 100).ToString("0.0", Culture) + " %" : NoValue;

    /// <summary>A target as a whole percentage where it is one: 40 %, 2,5 %.</summary>
    public static string Target(double ratio) => (ratio * 100).ToString("0.#", Culture) + " %";

    /// <summary>The province time of day of an instant: HH:mm:ss.</summary>
    public static string Time(DateTimeOffset instant) => ProvinceTime.ToProvince(instant).ToString("HH:mm:ss", Culture);

    /// <summary>The province date of an instant: dd/MM/yyyy.</summary>
    public static string Date(DateTimeOffset instant) => ProvinceTime.ToProvince(instant).ToString("dd/MM/yyyy", Culture);
}
