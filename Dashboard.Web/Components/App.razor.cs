using IOC.Dashboard.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace IOC.Dashboard.Components;

/// <summary>The document around every page; its language and title follow <c>?lang=</c>, as the wall does.</summary>
public sealed partial class App
{
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    private WallText Text => WallText.For(HttpContext?.Request.Query["lang"]);
}
