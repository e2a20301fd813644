using IOC.Dashboard.Localization;
using Microsoft.AspNetCore.Components;

namespace IOC.Dashboard.Components.Layout;

/// <summary>The frame of every page: the dark wall theme and the bar above, in the page's language.</summary>
public sealed partial class MainLayout
{
    /// <summary>The language of the <c>lang</c> query parameter: Vietnamese unless <c>en</c>.</summary>
    [SupplyParameterFromQuery(Name = "lang")]
    public string? Language { get; set; }

    private WallText Text => WallText.For(Language);
}
