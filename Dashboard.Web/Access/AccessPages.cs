namespace IOC.Dashboard.Access;

/// <summary>What a signed-in person is shown instead of a page they may not see.</summary>
public static class AccessPages
{
    /// <summary>The refusal's title.</summary>
    public const string OutsideScopeTitle = "Không có quyền xem";

    /// <summary>The refusal's explanation.</summary>
    public const string OutsideScopeMessage =
        "Trang này thuộc một đơn vị ngoài phạm vi tài khoản của bạn. Tài khoản chỉ xem được đơn vị của mình và các đơn vị trực thuộc.";

    /// <summary>403: the page is of a unit outside the person's unit.</summary>
    public static IResult OutsideScope() => PlainPage.Of(StatusCodes.Status403Forbidden, OutsideScopeTitle, OutsideScopeMessage,
        "This page belongs to a unit outside your account's scope: an account sees its own unit and the units below it.");
}
