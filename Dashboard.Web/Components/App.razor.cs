using IOC.Dashboard.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http;

namespace IOC.Dashboard.Components;

/// <summary>
/// The document around every page; its language and title follow <c>?lang=</c>, as the wall does. The wall is interactive
/// (a live circuit); the sign-in and drill-down pages are rendered on the server per request
/// (<c>[ExcludeFromInteractiveRouting]</c>), so every one of their links is a request the access rule judges.
/// </summary>
public sealed partial class App
{
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    private IComponentRenderMode? PageRenderMode =>
        HttpContext?.AcceptsInteractiveRouting() == false ? null : RenderMode.InteractiveServer;

    private WallText Text => WallText.For(HttpContext?.Request.Query["lang"]);
}
