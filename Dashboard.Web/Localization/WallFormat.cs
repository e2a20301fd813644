using System.Globalization;
using IOC.Analytics.Time;

namespace IOC.Dashboard.Localization;

/// <summary>
/// How the wall writes figures, in province time: Vietnamese conventions by default (1.234 · 45,6 % · dd/MM/yyyy),
/// or those of the culture given (en-GB: 1,234 · 45.6 % · dd/MM/yyyy).
/// </summary>
public static class WallFormat
{
    /// <summary>The culture of the wall's figures unless another is given: vi-VN.</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Shown for a ratio with no denominator, so that it never reads as 0 % or 100 %.</summary>
    public const string NoValue = "—";

    /// <summary>A count with thousands separators: 1.234.</summary>
    public static string Count(int value, CultureInfo? culture = null) => value.ToString("N0", culture ?? Culture);

    /// <summary>A ratio as a percentage with one decimal: 45,6 %; "—" when there is none.</summary>
    public static string Percent(double? ratio, CultureInfo? culture = null) =>
        ratio is { } r ? (r * 100).ToString("0.0", culture ?? Culture) + " %" : NoValue;

    /// <summary>A target as a whole percentage where it is one: 40 %, 2,5 %.</summary>
    public static string Target(double ratio, CultureInfo? culture = null) => (ratio * 100).ToString("0.#", culture ?? Culture) + " %";

    /// <summary>The province time of day of an instant: HH:mm:ss.</summary>
    public static string Time(DateTimeOffset instant, CultureInfo? culture = null) =>
        ProvinceTime.ToProvince(instant).ToString("HH:mm:ss", culture ?? Culture);

    /// <summary>The province date of an instant: dd/MM/yyyy.</summary>
    public static string Date(DateTimeOffset instant, CultureInfo? culture = null) =>
        ProvinceTime.ToProvince(instant).ToString("dd/MM/yyyy", culture ?? Culture);

    /// <summary>The province day and month of an instant: dd/MM.</summary>
    public static string DayMonth(DateTimeOffset instant, CultureInfo? culture = null) =>
        ProvinceTime.ToProvince(instant).ToString("dd/MM", culture ?? Culture);

    /// <summary>
    /// When something last happened, as short as is unambiguous: HH:mm on the day of <paramref name="now"/>,
    /// HH:mm dd/MM before it.
    /// </summary>
    public static string Since(DateTimeOffset instant, DateTimeOffset now, CultureInfo? culture = null) =>
        ProvinceTime.ToProvince(instant).ToString(ProvinceTime.DateOf(instant) == ProvinceTime.DateOf(now) ? "HH:mm" : "HH:mm dd/MM",
            culture ?? Culture);
}
