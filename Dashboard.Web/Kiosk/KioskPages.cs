using IOC.Dashboard.Access;

namespace IOC.Dashboard.Kiosk;

/// <summary>The plain pages an unattended screen shows instead of the wall when its link is refused.</summary>
public static class KioskPages
{
    /// <summary>404: the kiosk link's token is unknown (mistyped or revoked).</summary>
    public static IResult UnknownLink() => PlainPage.Of(StatusCodes.Status404NotFound,
        "Liên kết màn hình không hợp lệ",
        "Mã kiosk trong liên kết không đúng hoặc đã bị thu hồi. Hãy xin quản trị viên Trung tâm điều hành một liên kết mới.",
        "This kiosk link is not valid: its token is wrong or has been revoked.");

    /// <summary>403: the wall requires a kiosk link or a read key and the request carries neither.</summary>
    public static IResult WallClosed() => PlainPage.Of(StatusCodes.Status403Forbidden,
        "Màn hình cần liên kết kiosk",
        "Màn hình điều hành chỉ mở bằng liên kết kiosk (/kiosk/…) hoặc khóa đọc. Hãy mở liên kết kiosk quản trị viên đã cấp cho màn hình này.",
        "The operations wall opens only through a kiosk link (/kiosk/…) or with a read key.");

    /// <summary>403: the caller may see the wall, but not of the unit (or one of the units) its link names.</summary>
    public static IResult OutsideScope() => PlainPage.Of(StatusCodes.Status403Forbidden,
        "Đơn vị ngoài phạm vi được xem",
        "Liên kết này mở màn hình của một đơn vị mà khóa hoặc liên kết kiosk của bạn không được xem. Hãy mở màn hình của đơn vị mình hoặc xin quản trị viên cấp quyền.",
        "This wall shows a unit outside what your key or kiosk link may see.");
}
