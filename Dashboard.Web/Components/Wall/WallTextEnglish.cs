using System.Collections.Frozen;

namespace IOC.Dashboard.Components.Wall;

/// <summary>The English of every wall text, keyed by its Vietnamese.</summary>
internal static class WallTextEnglish
{
    public static readonly FrozenDictionary<string, string> Translations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Hôm nay"] = "Today",
        ["Màn hình luân phiên"] = "Rotating wall",
        ["Sự kiện đáng chú ý"] = "Notable events",
        ["Chưa có sự kiện đáng chú ý"] = "No notable events yet",
        ["Giải quyết trễ hạn {0} ngày · {1} · {2}"] = "Resolved {0} day(s) late · {1} · {2}",
        ["Tăng đột biến · {0}: {1} hồ sơ trong 1 giờ qua (thường {2})"] = "Surge · {0}: {1} dossiers in the last hour (usually {2})",
        ["{0}: tỷ lệ hồ sơ trực tuyến hôm nay {1} — dưới mục tiêu {2}"] = "{0}: online-submission ratio today {1} — below the target {2}",
        ["{0}: tỷ lệ hồ sơ trực tuyến hôm nay {1} — đạt lại mục tiêu {2}"] = "{0}: online-submission ratio today {1} — back at the target {2}",
        ["{0}: tỷ lệ trễ hạn hôm nay {1} — vượt ngưỡng {2}"] = "{0}: overdue rate today {1} — above the ceiling {2}",
        ["{0}: tỷ lệ trễ hạn hôm nay {1} — trở lại trong ngưỡng {2}"] = "{0}: overdue rate today {1} — back within the ceiling {2}",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
