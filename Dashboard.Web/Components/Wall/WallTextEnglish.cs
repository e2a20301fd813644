using System.Collections.Frozen;

namespace IOC.Dashboard.Components.Wall;

/// <summary>The English of every wall text, keyed by its Vietnamese.</summary>
internal static class WallTextEnglish
{
    public static readonly FrozenDictionary<string, string> Translations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Hôm nay"] = "Today",

        // Charts
        ["Tiếp nhận theo giờ"] = "Received per hour",
        ["Cột: hôm nay · Đường: ngày điển hình, trung bình"] = "Columns: today · Line: a typical day, the mean of the last",
        ["ngày làm việc gần nhất"] = "working days",
        ["Ngày điển hình"] = "Typical day",
        ["hồ sơ"] = "dossiers",
        ["Theo tuần, từ đầu năm"] = "By week, this year",
        ["Trực tuyến: trục trái · Trễ hạn (Biểu 06): trục phải, nét đứt"] = "Online: left axis · Overdue (report form): right axis, dashed",
        ["Tỷ lệ trực tuyến"] = "Online ratio",
        ["Tỷ lệ trễ hạn"] = "Overdue rate",
        ["mục tiêu"] = "target",
        // The prefix of a week number on the axis: T47 (tuần 47), W47.
        ["T"] = "W",
        ["Kênh tiếp nhận hôm nay"] = "Channels today",
        ["Trực tuyến"] = "Online",
        ["Trực tiếp"] = "At the desk",
        ["Bưu chính"] = "Postal",
        ["Tiếp nhận"] = "Received",
        ["Chưa có hồ sơ"] = "No dossier yet",
        ["Tỷ lệ hồ sơ trực tuyến theo đơn vị"] = "Online ratio by unit",
        ["Từ đầu năm · đơn vị có từ"] = "This year · units with at least",
        ["Cao nhất"] = "Highest",
        ["Thấp nhất"] = "Lowest",
        ["Chưa đủ hồ sơ để xếp hạng"] = "Too few dossiers to rank",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
