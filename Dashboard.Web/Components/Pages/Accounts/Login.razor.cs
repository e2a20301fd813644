using IOC.Dashboard.Accounts;
using IOC.Dashboard.Localization;
using Microsoft.AspNetCore.Components;

namespace IOC.Dashboard.Components.Pages.Accounts;

/// <summary>
/// <c>/login</c>: a name and a password, posted to <see cref="SignInEndpoints.FormPath"/> with its antiforgery token; after a
/// refused attempt it says why, without saying whether the name exists.
/// </summary>
public sealed partial class Login
{
    /// <summary>Where to go once signed in: a path of this site, checked again when the form posts.</summary>
    [SupplyParameterFromQuery(Name = "returnUrl")]
    public string? ReturnUrl { get; set; }

    /// <summary><c>refused</c> or <c>locked</c> after a failed attempt.</summary>
    [SupplyParameterFromQuery(Name = "error")]
    public string? Error { get; set; }

    /// <summary>The page's language: Vietnamese unless <c>en</c>.</summary>
    [SupplyParameterFromQuery(Name = "lang")]
    public string? Language { get; set; }

    private WallText Text => WallText.For(Language);

    private string? Message => Error switch
    {
        "refused" => Text["Tên đăng nhập hoặc mật khẩu không đúng."],
        "locked" => Text.Format("Tài khoản tạm khóa sau {0} lần nhập sai mật khẩu. Hãy thử lại sau {1} phút.",
            AccountSignIn.FailuresBeforeLockOut, (int)AccountSignIn.LockOut.TotalMinutes),
        _ => null,
    };
}
