using IOC.Dashboard.Localization;
using Microsoft.AspNetCore.Components;

namespace IOC.Dashboard.Components.Wall;

/// <summary>
/// A tile's change against the same period before: an arrow, the signed difference and what it is compared with, so
/// that colour never carries the meaning ("▲ +12 so với cùng ngày tuần trước"); the arrow is named in words for screen
/// readers.
/// </summary>
public sealed partial class TrendMark : ComponentBase
{
    // U+2212: a real minus, as wide as the plus, so figures line up.
    private const string Minus = "\u2212";

    [Parameter, EditorRequired]
    public Trend Trend { get; set; } = null!;

    /// <summary>What the figure is compared with, e.g. "so với cùng ngày tuần trước".</summary>
    [Parameter, EditorRequired]
    public string Basis { get; set; } = "";

    [Parameter, EditorRequired]
    public string TestId { get; set; } = "";

    [CascadingParameter]
    private WallText Text { get; set; } = WallText.Vietnamese;

    private string Arrow => Trend.Direction switch
    {
        TrendDirection.Up => "▲",
        TrendDirection.Down => "▼",
        _ => "=",
    };

    private string Words => Trend.Direction switch
    {
        TrendDirection.Up => "tăng",
        TrendDirection.Down => "giảm",
        _ => "không đổi",
    };

    private string Difference
    {
        get
        {
            var size = Math.Abs(Trend.Difference);
            var sign = Trend.Direction switch
            {
                TrendDirection.Up => "+",
                TrendDirection.Down => Minus,
                _ => "",
            };
            return Trend.IsRatio
                ? sign + Text.Format("{0} điểm %", size.ToString("0.0", Text.Culture))
                : sign + WallFormat.Count((int)Math.Round(size), Text.Culture);
        }
    }
}
