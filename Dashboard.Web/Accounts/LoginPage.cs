namespace IOC.Dashboard.Accounts;

/// <summary>The addresses of the sign-in page: where to send a person back to, and why.</summary>
public static class LoginPage
{
    /// <summary>The <c>error</c> the page explains for an outcome.</summary>
    public static string ErrorOf(SignInOutcome outcome) => outcome == SignInOutcome.Locked ? "locked" : "refused";

    /// <summary>The sign-in page again, after a refused attempt, keeping where the person was going and their language.</summary>
    public static string Url(string? returnUrl, string? lang, SignInOutcome outcome)
    {
        var query = new Dictionary<string, string?> { ["error"] = ErrorOf(outcome) };
        if (!string.IsNullOrEmpty(returnUrl))
        {
            query["returnUrl"] = returnUrl;
        }
        if (!string.IsNullOrEmpty(lang))
        {
            query["lang"] = lang;
        }
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(SignInEndpoints.LoginPath, query);
    }
}
