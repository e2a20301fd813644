using IOC.Analytics.Kpi;
using IOC.Dashboard.Charts;
using IOC.Dashboard.Components.Charts;
using IOC.Dashboard.Components.Wall;
using Microsoft.AspNetCore.Components;

namespace IOC.Dashboard.Components.Pages;

/// <summary>The wall's charts: counted with the year's figures, their data pushed to the browser when it changes.</summary>
public sealed partial class Wall
{
    private readonly WallChartState _charts = new();

    [Inject]
    private ChartHistory History { get; set; } = null!;

    private ChartNumbers Counts => new(Text.Culture.Name, Percent: false, Decimals: 1);

    private ChartNumbers WholeCounts => new(Text.Culture.Name, Percent: false, Decimals: 0);

    private ChartNumbers Ratios => new(Text.Culture.Name, Percent: true, Decimals: 1);

    private string TypicalDaySubtitle =>
        Text.Format("Cột: hôm nay · Đường: ngày điển hình, trung bình {0} ngày làm việc gần nhất", HourlyReceipts.TypicalDays);

    private string RankingTitle => _rankingProcedures ? Text["Tỷ lệ hồ sơ trực tuyến theo thủ tục"] : Text["Tỷ lệ hồ sơ trực tuyến theo đơn vị"];

    private string RankingSubtitle => Text.Format(
        _rankingProcedures ? "Từ đầu năm · thủ tục có từ {0} hồ sơ" : "Từ đầu năm · đơn vị có từ {0} hồ sơ", OnlineRatioRanking.MinimumReceived);

    private void CountCharts(IReadOnlyList<RankedEntry> rows) => _charts.Count(Figures, History, Store.Catalog, _unit!, rows, _now);
}
