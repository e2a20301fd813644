using IOC.Dashboard.Charts;
using IOC.Dashboard.Components.Charts;
using IOC.Dashboard.Localization;

namespace IOC.Dashboard.Components.Wall;

/// <summary>
/// Units (or procedures) ranked by online ratio: horizontal bars with the ratio written in a box at their end, green for
/// the best, red for the worst. The ratio on the bar is the scale, so there is no axis of values; a long name keeps its
/// start and its end around an ellipsis (its full name in the label's tooltip), and a box too short for every row shows
/// the first.
/// </summary>
internal static class RankingChart
{
    /// <summary>The height a row needs: its name and its ratio's box, with a gap to the next row.</summary>
    private const string RowHeight = "2rem";

    public static object Options(WallText text, bool best) => new
    {
        chart = ChartStyle.Chart("bar"),
        categoryHeight = RowHeight,
        theme = ChartStyle.Theme,
        colors = new[] { best ? ChartStyle.Good : ChartStyle.Bad },
        plotOptions = new { bar = new { horizontal = true, barHeight = "72%", borderRadius = 3, dataLabels = new { position = "top" } } },
        dataLabels = new
        {
            enabled = true,
            textAnchor = "start",
            offsetX = 12,
            style = new { fontSize = ChartStyle.LabelSize },
            background = new { enabled = true, foreColor = "#0b1220", padding = "0.2rem", borderRadius = 3, borderWidth = 0, opacity = 1 },
            dropShadow = new { enabled = false },
        },
        grid = new
        {
            borderColor = "#2a3a5c",
            strokeDashArray = 3,
            xaxis = new { lines = new { show = true } },
            yaxis = new { lines = new { show = false } },
            // None above the bars, where ApexCharts keeps 20 px for a title and a subtitle this chart has not. (A ratio
            // that would leave the plot, a full bar's "100,0 %", ApexCharts writes inside it.)
            padding = new { top = -20, right = "0.5rem", bottom = 0, left = "0.5rem" },
        },
        legend = new { show = false },
        tooltip = ChartStyle.Tooltip,
        // Floating: an axis without labels keeps no room below the bars.
        xaxis = new { min = 0, max = 1, tickAmount = 4, floating = true, labels = new { show = false }, axisTicks = new { show = false } },
        yaxis = new { labels = new { maxWidth = "14rem", style = new { fontSize = ChartStyle.LabelSize, colors = ChartStyle.Text } } },
        noData = new { text = text["Chưa đủ hồ sơ để xếp hạng"], style = new { fontSize = ChartStyle.LabelSize, color = ChartStyle.Text } },
    };

    public static ChartData Data(IReadOnlyList<RankedEntry> units, WallText text) => new(
        units.Select(u => u.Name).ToList(),
        [new ChartSeries(text["Tỷ lệ trực tuyến"], units.Select(u => u.Figures.OnlineRatio).ToList())]);
}
