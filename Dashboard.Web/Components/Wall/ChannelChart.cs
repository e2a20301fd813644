using IOC.Analytics.Kpi;
using IOC.Dashboard.Components.Charts;
using IOC.Dashboard.Localization;

namespace IOC.Dashboard.Components.Wall;

/// <summary>Today's received dossiers by channel: a donut whose slices carry their share and the legend its count.</summary>
internal static class ChannelChart
{
    public static object Options(WallText text) => new
    {
        chart = ChartStyle.Chart("donut"),
        theme = ChartStyle.Theme,
        colors = new[] { ChartStyle.Online, ChartStyle.Direct, ChartStyle.Postal },
        stroke = new { width = 3, colors = new[] { "#111a2e" } },
        dataLabels = new { enabled = true, style = new { fontSize = ChartStyle.LabelSize, colors = new[] { "#0b1220" } }, dropShadow = new { enabled = false } },
        plotOptions = new { pie = new { donut = new { size = "52%" } } },
        legend = new { position = "bottom", fontSize = ChartStyle.LabelSize, labels = new { colors = ChartStyle.Text } },
        tooltip = ChartStyle.Tooltip,
        noData = new { text = text["Chưa có hồ sơ"], style = new { fontSize = ChartStyle.LabelSize, color = ChartStyle.Text } },
    };

    public static ChartData Data(KpiFigures today, WallText text) => new(
        [text["Trực tuyến"], text["Trực tiếp"], text["Bưu chính"]],
        [new ChartSeries(text["Tiếp nhận"], [today.ReceivedOnline, today.ReceivedDirect, today.ReceivedPostal])]);
}
