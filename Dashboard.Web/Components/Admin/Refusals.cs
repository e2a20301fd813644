using IOC.Dashboard.Accounts;

namespace IOC.Dashboard.Components.Admin;

/// <summary>How the admin page says why a change was refused, in Vietnamese (the key of its English translation).</summary>
public static class Refusals
{
    /// <summary>The sentence for a refusal.</summary>
    public static string Say(ChangeRefusal refusal) => refusal switch
    {
        ChangeRefusal.Usage => "Cần nhập đủ tên, vai trò và đơn vị.",
        ChangeRefusal.UnknownUnit => "Đơn vị không có trong danh mục.",
        ChangeRefusal.NotTheRoot => "Lãnh đạo và quản trị viên xem cả tỉnh: đơn vị phải là cấp tỉnh.",
        ChangeRefusal.Taken => "Tên đăng nhập này đã có.",
        _ => "Không tìm thấy tài khoản hoặc khóa đang dùng.",
    };
}
