using IOC.Dashboard.Charts;
using IOC.Dashboard.Components.Charts;
using IOC.Dashboard.Localization;

namespace IOC.Dashboard.Components.Wall;

/// <summary>
/// The online ratio (solid line, left axis, with its target) and the overdue rate (dashed line, right axis) per ISO week
/// of this year.
/// </summary>
internal static class WeeklyChart
{
    /// <param name="maxOverdueRate">The overdue-rate target: the right axis shows at least twice it.</param>
    public static object Options(WallText text, double targetOnlineRatio, double maxOverdueRate) => new
    {
        chart = ChartStyle.Chart("line"),
        theme = ChartStyle.Theme,
        colors = new[] { ChartStyle.Online, ChartStyle.Bad },
        stroke = new { width = new[] { "0.25rem", "0.25rem" }, dashArray = new[] { 0, 7 }, curve = "straight" },
        markers = new { size = new[] { "0.25rem", "0.25rem" }, shape = new[] { "circle", "square" } },
        dataLabels = new { enabled = false },
        // The first and last weeks' labels stand at the plot's edges: keep them clear of the axes' "0 %".
        grid = new { borderColor = "#2a3a5c", strokeDashArray = 3, padding = new { top = "0rem", right = "1.5rem", bottom = "0rem", left = "1.5rem" } },
        legend = ChartStyle.Legend,
        tooltip = ChartStyle.Tooltip,
        xaxis = new { tickAmount = 6, tickPlacement = "on", labels = new { style = new { fontSize = ChartStyle.AxisSize, colors = ChartStyle.Text }, rotate = 0 } },
        yaxis = new object[]
        {
            new { seriesName = text["Tỷ lệ trực tuyến"], min = 0, max = 1, tickAmount = 4, labels = ChartStyle.Labels },
            new { seriesName = text["Tỷ lệ trễ hạn"], opposite = true, min = 0, maxAtLeast = 2 * maxOverdueRate, tickAmount = 4, labels = ChartStyle.Labels },
        },
        annotations = new
        {
            yaxis = new[]
            {
                new
                {
                    y = targetOnlineRatio,
                    borderColor = ChartStyle.Good,
                    strokeDashArray = 4,
                    label = new
                    {
                        text = text.Format("mục tiêu {0}", WallFormat.Target(targetOnlineRatio, text.Culture)),
                        position = "left",
                        textAnchor = "start",
                        borderColor = ChartStyle.Good,
                        style = new { background = ChartStyle.Good, color = "#0b1220", fontSize = ChartStyle.AxisSize },
                    },
                },
            },
        },
    };

    public static ChartData Data(IReadOnlyList<WeekRates> weeks, WallText text) => new(
        weeks.Select(w => $"{text["T"]}{w.Week}").ToList(),
        [
            new ChartSeries(text["Tỷ lệ trực tuyến"], weeks.Select(w => w.OnlineRatio).ToList()),
            new ChartSeries(text["Tỷ lệ trễ hạn"], weeks.Select(w => w.OverdueRate).ToList()),
        ]);
}
