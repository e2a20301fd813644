using IOC.Analytics.Kpi;
using IOC.Dashboard.Components.Charts;
using IOC.Dashboard.Localization;

namespace IOC.Dashboard.Components.Wall;

/// <summary>
/// Today's received dossiers by channel: a donut and a legend with each channel's count and share. The share is not
/// written on the slices: on a laptop's ring it is wider than the slice and runs off the chart.
/// </summary>
internal static class ChannelChart
{
    public static object Options(WallText text) => new
    {
        chart = ChartStyle.Chart("donut"),
        theme = ChartStyle.Theme,
        colors = new[] { ChartStyle.Online, ChartStyle.Direct, ChartStyle.Postal },
        stroke = new { width = 3, colors = new[] { "#111a2e" } },
        dataLabels = new { enabled = false },
        plotOptions = new { pie = new { donut = new { size = "52%" } } },
        legend = new { position = "bottom", fontSize = ChartStyle.LabelSize, labels = new { colors = ChartStyle.Text }, markers = new { size = "0.5rem" } },
        tooltip = ChartStyle.Tooltip,
        noData = new { text = text["Chưa có hồ sơ"], style = new { fontSize = ChartStyle.LabelSize, color = ChartStyle.Text } },
    };

    public static ChartData Data(KpiFigures today, WallText text) => new(
        [text["Trực tuyến"], text["Trực tiếp"], text["Bưu chính"]],
        [new ChartSeries(text["Tiếp nhận"], [today.ReceivedOnline, today.ReceivedDirect, today.ReceivedPostal])]);
}
