using System.Net;
using System.Text.RegularExpressions;

namespace IOC.Dashboard.Tests.Admin;

/// <summary>Posts one of /admin's forms as a browser does: the page first, for its antiforgery token, then the form.</summary>
public static partial class AdminForms
{
    /// <summary>Posts <paramref name="form"/> with <paramref name="fields"/> and returns the page answered (asserting 200).</summary>
    public static async Task<string> PostAsync(HttpClient browser, string form, Dictionary<string, string> fields)
    {
        var page = await browser.GetStringAsync("/admin");
        fields["_handler"] = form;
        fields["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value;
        using var answer = await browser.PostAsync("/admin", new FormUrlEncodedContent(fields));
        var body = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == HttpStatusCode.OK, body);
        return body;
    }

    [GeneratedRegex("__RequestVerificationToken\"[^>]*?value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
