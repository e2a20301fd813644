using System.Net;

namespace IOC.Dashboard.Access;

/// <summary>A plain dark page with a Vietnamese message and its English line: what a refused request is shown.</summary>
public static class PlainPage
{
    /// <summary>The page, answered with <paramref name="status"/>.</summary>
    public static IResult Of(int status, string title, string message, string english) => Results.Content($"""
        <!DOCTYPE html>
        <html lang="vi">
        <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>IOC – {Encode(title)}</title></head>
        <body style="background:#0b1220;color:#f5f7fb;font-family:sans-serif;padding:4rem;">
        <h1>{Encode(title)}</h1>
        <p style="font-size:1.4rem;">{Encode(message)}</p>
        <p lang="en" style="color:#8ea0c2;">{Encode(english)}</p>
        </body>
        </html>
        """, "text/html; charset=utf-8", statusCode: status);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
