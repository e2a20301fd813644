using System.Collections.Frozen;

namespace IOC.Dashboard.Components.Wall;

/// <summary>The English of every wall text, keyed by its Vietnamese.</summary>
internal static class WallTextEnglish
{
    public static readonly FrozenDictionary<string, string> Translations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Hôm nay"] = "Today",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
