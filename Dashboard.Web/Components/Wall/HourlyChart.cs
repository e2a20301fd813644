using IOC.Dashboard.Charts;
using IOC.Dashboard.Components.Charts;
using IOC.Dashboard.Localization;

namespace IOC.Dashboard.Components.Wall;

/// <summary>Received per hour today (columns) against a typical day (dashed line with markers).</summary>
internal static class HourlyChart
{
    public static object Options(WallText text) => new
    {
        chart = ChartStyle.Chart("line"),
        theme = ChartStyle.Theme,
        colors = new[] { ChartStyle.Online, ChartStyle.Typical },
        stroke = new { width = new[] { "0rem", "0.25rem" }, dashArray = new[] { 0, 6 }, curve = "straight" },
        markers = new { size = new[] { "0rem", "0.3rem" } },
        plotOptions = new { bar = new { columnWidth = "70%", borderRadius = 3 } },
        dataLabels = new { enabled = false },
        grid = ChartStyle.Grid,
        legend = ChartStyle.Legend,
        tooltip = ChartStyle.Tooltip,
        // Six steps make ApexCharts label every third hour: every second one ("10h12h14h") ran into each other on every screen.
        xaxis = new { tickAmount = 6, labels = new { style = new { fontSize = ChartStyle.AxisSize, colors = ChartStyle.Text }, rotate = 0 } },
        yaxis = new { min = 0, forceNiceScale = true, labels = ChartStyle.Labels, title = ChartStyle.AxisTitle(text["hồ sơ"]) },
    };

    public static ChartData Data(IReadOnlyList<int?> today, IReadOnlyList<double> typicalDay, WallText text) => new(
        Enumerable.Range(0, HourlyReceipts.Hours).Select(hour => $"{hour}h").ToList(),
        [
            new ChartSeries(text["Hôm nay"], today.Select(count => (double?)count).ToList(), "column"),
            new ChartSeries(text["Ngày điển hình"], typicalDay.Select(mean => (double?)Math.Round(mean, 1)).ToList(), "line"),
        ]);
}
