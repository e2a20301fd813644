namespace IOC.Dashboard.Components.Wall;

/// <summary>
/// What every chart of the wall shares: dark, high contrast, text sized in rem so it scales with the wall, no toolbar, no
/// animation (a live wall redraws often). Series differ in shape as well as colour (columns, solid and dashed lines).
/// </summary>
internal static class ChartStyle
{
    public const string Text = "#c9d4ea";
    public const string Online = "#4fc3f7";
    public const string Direct = "#b39ddb";
    public const string Postal = "#ffd54f";
    public const string Typical = "#ffd54f";
    public const string Good = "#81c784";
    public const string Bad = "#ff8a80";
    public const string AxisSize = "1.05rem";
    public const string LabelSize = "1.15rem";

    public static object Chart(string type) => new
    {
        type,
        height = "100%",
        background = "transparent",
        foreColor = Text,
        fontFamily = "inherit",
        parentHeightOffset = 0,
        toolbar = new { show = false },
        zoom = new { enabled = false },
        animations = new { enabled = false },
    };

    public static object Theme { get; } = new { mode = "dark" };

    public static object Grid { get; } = new { borderColor = "#2a3a5c", strokeDashArray = 3 };

    public static object Tooltip { get; } = new { theme = "dark", style = new { fontSize = AxisSize } };

    public static object Legend { get; } = new
    {
        position = "top",
        horizontalAlign = "left",
        fontSize = LabelSize,
        labels = new { colors = Text },
        markers = new { size = "0.5rem" },
    };

    public static object Labels { get; } = new { style = new { fontSize = AxisSize, colors = Text } };

    public static object AxisTitle(string text) => new { text, style = new { fontSize = AxisSize, color = Text, fontWeight = 600 } };
}
