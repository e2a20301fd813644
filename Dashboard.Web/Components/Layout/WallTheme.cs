using MudBlazor;

namespace IOC.Dashboard.Components.Layout;

/// <summary>The dark, high-contrast theme of the operations-centre wall.</summary>
public static class WallTheme
{
    /// <summary>The theme every page uses.</summary>
    public static readonly MudTheme Theme = new()
    {
        PaletteDark = new PaletteDark
        {
            Background = "#0b1220",
            Surface = "#111a2e",
            AppbarBackground = "#0b1220",
            TextPrimary = "#f5f7fb",
            Primary = "#4fc3f7",
        },
    };
}
