using System.Collections.Frozen;
using System.Globalization;

namespace IOC.Dashboard.Localization;

/// <summary>
/// The wall's language: Vietnamese by default, English with <c>?lang=en</c>. Texts are written in Vietnamese in the
/// components and looked up here; one without a translation stays Vietnamese rather than going blank.
/// </summary>
public sealed class WallText
{
    /// <summary>Vietnamese: the texts as written, vi-VN numbers and dates.</summary>
    public static readonly WallText Vietnamese = new("vi", CultureInfo.GetCultureInfo("vi-VN"), FrozenDictionary<string, string>.Empty);

    /// <summary>English, for visitors and the technical team.</summary>
    public static readonly WallText English = new("en", CultureInfo.GetCultureInfo("en-GB"), WallTextEnglish.Translations);

    private readonly FrozenDictionary<string, string> _translations;

    private WallText(string language, CultureInfo culture, FrozenDictionary<string, string> translations)
    {
        Language = language;
        Culture = culture;
        _translations = translations;
    }

    /// <summary>The language code of the <c>lang</c> query parameter: "vi" or "en".</summary>
    public string Language { get; }

    /// <summary>The culture figures and dates are written in.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The text in this language.</summary>
    public string this[string vietnamese] => _translations.GetValueOrDefault(vietnamese, vietnamese);

    /// <summary>
    /// The text in this language with its placeholders filled, e.g. <c>Format("không có tin từ {0}", "14:05")</c>; figures
    /// are passed already written by <see cref="WallFormat"/> in <see cref="Culture"/>.
    /// </summary>
    public string Format(string vietnamese, params object?[] values) => string.Format(Culture, this[vietnamese], values);

    /// <summary>The language asked for; anything but "en" is Vietnamese.</summary>
    public static WallText For(string? language) =>
        string.Equals(language, English.Language, StringComparison.OrdinalIgnoreCase) ? English : Vietnamese;
}
