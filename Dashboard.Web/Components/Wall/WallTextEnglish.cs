using System.Collections.Frozen;

namespace IOC.Dashboard.Components.Wall;

/// <summary>The English of every wall text, keyed by its Vietnamese.</summary>
internal static class WallTextEnglish
{
    public static readonly FrozenDictionary<string, string> Translations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["IOC – Trung tâm điều hành"] = "IOC – Operations Centre",
        ["Trung tâm điều hành"] = "Operations Centre",
        ["Trung tâm điều hành – Dịch vụ công"] = "Operations Centre – Public Services",
        ["Hồ sơ thủ tục hành chính · ngày {0}"] = "Administrative procedure dossiers · {0}",
        ["Dữ liệu cũ"] = "Data out of date",
        ["Cập nhật lúc {0}"] = "Updated at {0}",
        ["{0} đơn vị không có tin"] = "{0} units silent",
        ["Không tìm thấy đơn vị {0}"] = "Unit {0} not found",
        ["Đang tải số liệu…"] = "Loading figures…",
        ["Hôm nay"] = "Today",
        ["Từ đầu năm (01/01 – {0})"] = "Year to date (01/01 – {0})",
        ["so với cùng ngày tuần trước"] = "vs the same day last week",
        ["so với cùng kỳ năm trước"] = "vs the same period last year",
        ["tăng"] = "up",
        ["giảm"] = "down",
        ["không đổi"] = "unchanged",
        ["{0} điểm %"] = "{0} pts",
        ["Tiếp nhận"] = "Received",
        ["Trực tuyến"] = "Online",
        ["Trực tiếp"] = "In person",
        ["Bưu chính"] = "By post",
        ["Tỷ lệ hồ sơ trực tuyến"] = "Online dossier ratio",
        ["(mục tiêu ≥ {0})"] = "(target ≥ {0})",
        ["Đã giải quyết"] = "Resolved",
        ["Trước hạn"] = "Early",
        ["Đúng hạn"] = "On time",
        ["Quá hạn"] = "Overdue",
        ["Tỷ lệ giải quyết đúng hạn"] = "On-time resolution rate",
        ["theo Biểu 06"] = "per Form 06",
        ["(trễ hạn ≤ {0})"] = "(late ≤ {0})",
        ["Tỷ lệ trễ hạn"] = "Late rate",
        ["Đang giải quyết"] = "In process",
        ["Trong hạn"] = "Within deadline",
        ["Tiến độ giải quyết"] = "Resolution progress",
        ["theo Bộ chỉ số 766"] = "per the 766 index",
        ["Đạt mục tiêu"] = "Target met",
        ["Gần đạt"] = "Nearly met",
        ["Chưa đạt"] = "Not met",
        ["Chưa có số liệu"] = "No figures yet",
        ["Hồ sơ đang giải quyết quá hạn"] = "Dossiers in process past due",
        ["Sở, ban, ngành · Xã, phường, đặc khu — nhiều nhất trước"] = "Departments · Communes, wards, special zones — most first",
        ["Không có đơn vị trực thuộc"] = "No subordinate units",
        ["{0} của {1} đang giải quyết"] = "{0} of {1} in process",
        ["tin mới lúc {0}"] = "last news at {0}",
        ["chưa có tin mới"] = "no news yet",
        ["không có tin từ {0}"] = "silent since {0}",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
